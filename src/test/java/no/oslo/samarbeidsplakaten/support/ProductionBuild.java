package no.oslo.samarbeidsplakaten.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Builds the deployable jar as the README says ({@code ./mvnw -Pproduction package}), from a copy of the sources. */
public final class ProductionBuild {

    private static final Path PROJECT = Path.of("").toAbsolutePath();

    private ProductionBuild() {
    }

    /** Builds in a copy under {@code work}, so the build under test and its target folder stay as they are. */
    public static Path jar(Path work) throws IOException, InterruptedException {
        Path copy = work.resolve("build");
        for (String part : List.of("pom.xml", "mvnw", ".mvn", "frontend", "src/main")) {
            copyTree(PROJECT.resolve(part), copy.resolve(part));
        }
        Path log = work.resolve("build.log");
        var build = new ProcessBuilder("./mvnw", "-B", "-q", "-Pproduction", "-DskipTests", "-Dmaven.test.skip=true",
                "package")
                .directory(copy.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        build.environment().put("JAVA_HOME", System.getProperty("java.home"));
        // Vaadin's frontend build needs Node 24, which the test tools put here.
        build.environment().put("PATH", System.getProperty("user.home") + "/.local/node24/bin:"
                + build.environment().get("PATH"));
        var process = build.start();
        assertThat(process.waitFor(15, TimeUnit.MINUTES)).as("the production build finished").isTrue();
        assertThat(process.exitValue()).as("the production build; its log:%n%s", Files.readString(log)).isZero();
        try (Stream<Path> jars = Files.list(copy.resolve("target"))) {
            return jars.filter(p -> p.toString().endsWith(".jar")).findFirst().orElseThrow();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
