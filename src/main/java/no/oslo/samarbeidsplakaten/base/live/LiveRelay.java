package no.oslo.samarbeidsplakaten.base.live;

import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Carries live messages between the nodes of the app when they share a PostgreSQL database, over its LISTEN/NOTIFY, so
 * what one node broadcasts reaches the views on the others. With H2, which one node has to itself, it does nothing.
 * <p>
 * Messages leave in order on one thread with a connection of its own, so no request or UI thread ever waits on the
 * database for them; another connection listens. A message longer than a notification may carry (8,000 bytes) goes
 * in parts inside one transaction, which PostgreSQL delivers together and in order. Only types that a handler asked
 * for are read back.
 */
@Component
public class LiveRelay {

    static final String CHANNEL = "samarbeidsplakaten_live";
    /** Characters of a message per notification: even at four UTF-8 bytes each, well below the 8,000-byte limit. */
    private static final int PART_CHARS = 1_800;
    private static final Duration RECONNECT_DELAY = Duration.ofSeconds(1);
    private static final Duration QUIET_CHECK = Duration.ofSeconds(20);
    private static final Logger LOG = LoggerFactory.getLogger(LiveRelay.class);

    private record Handler<T>(Class<T> type, BiConsumer<String, T> action) {
    }

    /** The parts of a message that have arrived so far, by sending node and message number. */
    private record Parts(String[] texts, AtomicInteger arrived) {
    }

    private final String node = UUID.randomUUID().toString();
    private final List<Handler<?>> handlers = new CopyOnWriteArrayList<>();
    private final Map<String, Parts> incomplete = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final DataSourceProperties database;
    private final JsonMapper json = JsonMapper.builder().build();
    /** One sender keeps the order; while the database is slow the oldest waiting messages give way to new ones. */
    private final ExecutorService sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(10_000), Thread.ofPlatform().name("live-relay-send").daemon().factory(),
            new ThreadPoolExecutor.DiscardOldestPolicy());
    private volatile boolean active;
    private volatile boolean listening;
    private @Nullable Connection sending;
    private @Nullable Thread listener;

    public LiveRelay(DataSourceProperties database) {
        this.database = database;
    }

    /** Starts listening once the schema is in place, if the database is PostgreSQL. */
    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!database.determineUrl().startsWith("jdbc:postgresql:")) {
            return;
        }
        active = true;
        var thread = Thread.ofPlatform().name("live-relay-listen").daemon().unstarted(this::listen);
        listener = thread;
        thread.start();
    }

    /** Whether other nodes may exist: the app runs on PostgreSQL and relays what it broadcasts. */
    public boolean isActive() {
        return active;
    }

    /** Whether the listening connection is up, so messages of the other nodes arrive (e.g. for a test to wait on). */
    public boolean isListening() {
        return listening;
    }

    /** This node's id, as the others see it as sender. */
    public String node() {
        return node;
    }

    /**
     * Hands every message of the given type (or a subtype) from another node to the action, with the sending node's
     * id, on the listening thread: the action must not block.
     */
    public <T> void onMessage(Class<T> type, BiConsumer<String, T> action) {
        handlers.add(new Handler<>(type, action));
    }

    /** Sends a message (a record Jackson can write and read) to the other nodes; returns at once. */
    public void send(Object message) {
        if (!active) {
            return;
        }
        String text;
        try {
            text = json.writeValueAsString(Map.of("type", message.getClass().getName(), "body", message));
        } catch (JacksonException e) {
            LOG.warn("A live message could not be written for the other nodes: {}", message, e);
            return;
        }
        long number = sequence.incrementAndGet();
        sender.execute(() -> deliver(parts(number, text)));
    }

    private List<String> parts(long number, String text) {
        var texts = new ArrayList<String>();
        int start = 0;
        do {
            int end = Math.min(text.length(), start + PART_CHARS);
            // A character outside the BMP is two chars; a part never ends between them.
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            texts.add(text.substring(start, end));
            start = end;
        } while (start < text.length());
        return IntStream.range(0, texts.size())
                .mapToObj(i -> texts.size() + "|" + node + "|" + number + "|" + i + "|" + texts.get(i)).toList();
    }

    /** On the sending thread: one transaction per message, one notification per part; one retry on a new connection. */
    private void deliver(List<String> parts) {
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                var connection = sendingConnection();
                connection.setAutoCommit(parts.size() == 1);
                try (var notify = connection.prepareStatement("select pg_notify(?, ?)")) {
                    for (String part : parts) {
                        notify.setString(1, CHANNEL);
                        notify.setString(2, part);
                        notify.execute();
                    }
                }
                if (parts.size() > 1) {
                    connection.commit();
                }
                return;
            } catch (SQLException e) {
                closeSending();
                if (attempt == 1) {
                    LOG.warn("A live message did not reach the other nodes: {}", e.getMessage());
                }
            }
        }
    }

    private Connection sendingConnection() throws SQLException {
        var connection = sending;
        if (connection == null || connection.isClosed()) {
            connection = connect();
            sending = connection;
        }
        return connection;
    }

    private void closeSending() {
        var connection = sending;
        sending = null;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Already broken; a new one is opened for the next message.
            }
        }
    }

    private Connection connect() throws SQLException {
        var properties = new Properties();
        if (database.determineUsername() != null) {
            properties.setProperty("user", database.determineUsername());
        }
        if (database.determinePassword() != null) {
            properties.setProperty("password", database.determinePassword());
        }
        // A peer that vanished without closing the connection is found out instead of waited for.
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("socketTimeout", "30");
        return DriverManager.getConnection(database.determineUrl(), properties);
    }

    /** The listening thread: LISTEN, then read notifications until stopped; a lost connection is opened again. */
    private void listen() {
        boolean warned = false;
        while (active) {
            try (var connection = connect(); var statement = connection.createStatement()) {
                statement.execute("listen " + CHANNEL);
                listening = true;
                if (warned) {
                    LOG.info("Live messages of the other nodes arrive again");
                    warned = false;
                }
                var notifications = connection.unwrap(PGConnection.class);
                long quietSince = System.nanoTime();
                while (active) {
                    PGNotification[] arrived = notifications.getNotifications(500);
                    if (arrived != null && arrived.length > 0) {
                        quietSince = System.nanoTime();
                        for (PGNotification notification : arrived) {
                            received(notification.getParameter());
                        }
                    } else if (System.nanoTime() - quietSince > QUIET_CHECK.toNanos()) {
                        // Waiting only reads the socket: a connection a firewall dropped would stay silent for good.
                        statement.execute("select 1");
                        quietSince = System.nanoTime();
                    }
                }
            } catch (SQLException e) {
                listening = false;
                // Parts of a message cut off by the lost connection never complete.
                incomplete.clear();
                if (active && !warned) {
                    LOG.warn("Not listening to the other nodes' live messages ({}); trying again", e.getMessage());
                    warned = true;
                }
                pause();
            }
        }
        listening = false;
    }

    private void received(String part) {
        try {
            receivedPart(part);
        } catch (RuntimeException e) {
            // Anything on the channel that is not a part of ours (another version, a hand-made NOTIFY) is passed over.
            LOG.warn("A live message part could not be read: {}", e.getMessage());
        }
    }

    private void receivedPart(String part) {
        // total|node|number|index|text
        String[] fields = part.split("\\|", 5);
        if (fields.length < 5 || fields[1].equals(node)) {
            return;
        }
        int total = Integer.parseInt(fields[0]);
        String text = fields[4];
        if (total > 1) {
            String id = fields[1] + "|" + fields[2];
            var parts = incomplete.computeIfAbsent(id, key -> new Parts(new String[total], new AtomicInteger()));
            parts.texts()[Integer.parseInt(fields[3])] = text;
            if (parts.arrived().incrementAndGet() < total) {
                return;
            }
            incomplete.remove(id);
            text = String.join("", parts.texts());
        }
        dispatch(fields[1], text);
    }

    private void dispatch(String from, String text) {
        try {
            JsonNode envelope = json.readTree(text);
            Class<?> type = Class.forName(envelope.get("type").asString(), false, getClass().getClassLoader());
            Object message = null;
            for (Handler<?> handler : handlers) {
                if (handler.type().isAssignableFrom(type)) {
                    if (message == null) {
                        message = json.treeToValue(envelope.get("body"), type);
                    }
                    handle(handler, from, message);
                }
            }
        } catch (ClassNotFoundException | RuntimeException e) {
            LOG.warn("A live message from node {} could not be read: {}", from, e.getMessage());
        }
    }

    private static <T> void handle(Handler<T> handler, String from, Object message) {
        handler.action().accept(from, handler.type().cast(message));
    }

    private static void pause() {
        try {
            Thread.sleep(RECONNECT_DELAY);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void stop() {
        active = false;
        var thread = listener;
        if (thread != null) {
            thread.interrupt();
        }
        sender.shutdown();
        closeSending();
    }
}
