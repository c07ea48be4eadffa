package no.oslo.samarbeidsplakaten.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay on loopback between a browser and the app, whose cable can be pulled: while cut, every open connection
 * (the push websocket included) is dropped and new ones are refused, as when a laptop loses the network.
 */
public final class NetworkCut implements AutoCloseable {

    private final int targetPort;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;
    private volatile boolean closed;

    public NetworkCut(int targetPort) throws IOException {
        this.targetPort = targetPort;
        try (var probe = new ServerSocket(0)) {
            this.port = probe.getLocalPort();
        }
        connect();
    }

    /** The port the browser uses instead of the app's. */
    public int port() {
        return port;
    }

    /** Pulls the cable: open connections drop, new ones are refused. */
    public synchronized void cut() throws IOException {
        listener.close();
        for (Socket socket : open) {
            socket.close();
        }
        open.clear();
    }

    /** Plugs the cable in again. */
    public synchronized void connect() throws IOException {
        var server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        listener = server;
        Thread.ofVirtual().start(() -> accept(server));
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed() && !closed) {
            try {
                Socket client = server.accept();
                Socket app = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                open.add(client);
                open.add(app);
                Thread.ofVirtual().start(() -> pipe(client, app));
                Thread.ofVirtual().start(() -> pipe(app, client));
            } catch (IOException stopped) {
                return;
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException dropped) {
            // The cable was pulled or a side hung up.
        } finally {
            close(from);
            close(to);
        }
    }

    private void close(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // Already gone.
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        cut();
    }
}
