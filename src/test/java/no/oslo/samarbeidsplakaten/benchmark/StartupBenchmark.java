package no.oslo.samarbeidsplakaten.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import no.oslo.samarbeidsplakaten.support.AppProcess;
import no.oslo.samarbeidsplakaten.support.ProductionBuild;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How long a workshop waits for the app: the production jar from the start of its JVM until it answers, on an empty
 * database (first start: schema and seed), on an existing one, after a {@code kill -9}, and in the extracted form with
 * the JDK's AOT cache (the README's fast start). For each, where the time goes, from the log's timestamps. Printed
 * with {@code ./mvnw verify -Pbenchmark}.
 */
@Tag("benchmark")
class StartupBenchmark {

    private static final int RUNS = 3;
    /** Log lines that mark the stages of a start, in the order they come. */
    private static final Map<String, String> STAGES = new LinkedHashMap<>();

    static {
        STAGES.put("Starting Application", "JVM and Spring Boot up to main");
        STAGES.put("Tomcat initialized", "bean definitions, Tomcat");
        STAGES.put("Successfully validated", "Flyway connects and validates");
        STAGES.put("Initialized JPA EntityManagerFactory", "migrations (first start), Hibernate");
        STAGES.put("Started Application", "security, Vaadin, the rest of the beans");
    }

    @TempDir
    Path work;

    private final StringBuilder stagesOfFirstRuns = new StringBuilder();

    @Test
    void startUpTimes() throws Exception {
        Path jar = ProductionBuild.jar(work);
        Path extracted = work.resolve("application");
        run(work, System.getProperty("java.home") + "/bin/java", "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
                extracted.toString());
        Path extractedJar = extracted.resolve(jar.getFileName());
        Path aotCache = extracted.resolve("app.aot");
        var report = new StringBuilder("\nSTART-UP of the production jar (to /actuator/health answering), "
                + Runtime.getRuntime().availableProcessors() + " cores, " + RUNS + " runs each\n");

        List<Double> empty = new ArrayList<>();
        List<Double> existing = new ArrayList<>();
        List<Double> afterKill = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            Path data = work.resolve("data-" + run);
            empty.add(measure(jar, data, "fat jar, empty database", run, false));
            existing.add(measure(jar, data, "fat jar, existing database", run, true));
            afterKill.add(measure(jar, data, "fat jar, after kill -9", run, false));
        }
        report.append(line("fat jar, empty database", empty));
        report.append(line("fat jar, existing database", existing));
        report.append(line("fat jar, after kill -9", afterKill));

        // The README's training run: the extracted jar started once until its context is refreshed.
        Path trainingData = work.resolve("data-training");
        long training = System.nanoTime();
        run(extracted, System.getProperty("java.home") + "/bin/java", "-XX:AOTCacheOutput=" + aotCache,
                "-Dspring.context.exit=onRefresh", "-jar", extractedJar.toString(),
                "--samarbeidsplakaten.db.path=" + trainingData, "--server.port=0");
        report.append(String.format("AOT cache training run: %.1f s, cache %d MB%n",
                (System.nanoTime() - training) / 1e9, Files.size(aotCache) / (1024 * 1024)));

        List<Double> extractedOnly = new ArrayList<>();
        List<Double> withCache = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            Path data = work.resolve("data-" + run);
            extractedOnly.add(measure(extractedJar, data, "extracted jar, existing database", run, false));
            withCache.add(measure(extractedJar, data, "extracted jar + AOT cache, existing database", run, false,
                    "-XX:AOTCache=" + aotCache));
        }
        report.append(line("extracted jar, existing database", extractedOnly));
        report.append(line("extracted jar + AOT cache, existing database", withCache));
        report.append("Where the time went in each first run (between log lines):\n").append(stagesOfFirstRuns);
        System.out.println(report);
        assertThat(withCache).isNotEmpty();
    }

    /**
     * Starts the jar, waits until it answers, notes where the time went (first run), and stops it: with SIGTERM, or
     * with {@code kill -9} when asked, so that the next start finds a database that was not closed.
     *
     * @return seconds until it answered
     */
    private double measure(Path jar, Path data, String kind, int run, boolean kill, String... jvmOptions)
            throws Exception {
        Path logFile = work.resolve(kind.replaceAll("\\W+", "-") + "-" + run + ".log");
        try (var app = AppProcess.ofJar(jar, data, logFile, jvmOptions)) {
            Duration ready = app.start();
            if (run == 0) {
                stagesOfFirstRuns.append(stages(kind, logFile, ready));
            }
            if (kill) {
                app.kill();
            } else {
                app.stop();
            }
            return ready.toMillis() / 1000.0;
        }
    }

    private static String stages(String kind, Path logFile, Duration ready) throws IOException {
        var text = new StringBuilder("  " + kind + ": ready after " + ready.toMillis() + " ms");
        var timestamp = Pattern.compile("^\\S+T(\\d\\d:\\d\\d:\\d\\d\\.\\d+)");
        var lines = Files.readAllLines(logFile);
        LocalTime previous = null;
        text.append(" —");
        for (var stage : STAGES.entrySet()) {
            var line = lines.stream().filter(l -> l.contains(stage.getKey())).findFirst();
            var time = line.map(timestamp::matcher).filter(m -> m.find()).map(m -> LocalTime.parse(m.group(1)));
            if (time.isPresent()) {
                if (previous != null) {
                    text.append(String.format(" %s %d ms;", stage.getValue(),
                            Duration.between(previous, time.get()).toMillis()));
                }
                previous = time.get();
            }
        }
        return text.append('\n').toString();
    }

    private static String line(String what, List<Double> seconds) {
        if (seconds.isEmpty()) {
            return "";
        }
        var sorted = seconds.stream().sorted().toList();
        return String.format("%-48s median %.1f s (min %.1f, max %.1f)%n", what, sorted.get(sorted.size() / 2),
                sorted.getFirst(), sorted.getLast());
    }

    private static void run(Path directory, String... command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(directory.resolve("command.log").toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
    }
}
