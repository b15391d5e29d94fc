package org.specloop.notify.kafka;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Where the Kafka tests get a broker. The shared one comes from SPECLOOP_KAFKA_BOOTSTRAP_SERVERS: on CI
 * (CI=true) its absence fails the test, so a missing broker can never pass as green; elsewhere the
 * test is skipped with a hint. An outage test starts its own broker with deploy/kafka/start instead.
 */
final class KafkaBrokers {
    static final String ENV = "SPECLOOP_KAFKA_BOOTSTRAP_SERVERS";

    private KafkaBrokers() {
    }

    static String sharedBootstrapServers() {
        String servers = System.getenv(ENV);
        if (servers == null || servers.isBlank()) {
            String hint = ENV + " is not set; start a broker (KAFKA_PORT=19192 deploy/kafka/start) and export "
                    + ENV + "=127.0.0.1:19192";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("CI=true but " + hint);
            }
            Assumptions.abort(hint);
        }
        return servers;
    }

    /** The repository root, found from the module directory Maven runs the tests in. */
    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isExecutable(dir.resolve("deploy/kafka/start"))) {
            dir = dir.getParent();
        }
        Assertions.assertNotNull(dir, "deploy/kafka/start not found above " + Path.of("").toAbsolutePath());
        return dir;
    }

    /** Runs deploy/kafka/{script} for a broker on {@code port} with its run dir under {@code dir}; fails on a non-zero exit. */
    static void script(String script, int port, Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(repositoryRoot().resolve("deploy/kafka/" + script).toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolveSibling(dir.getFileName() + "-" + script + ".log").toFile());
        builder.environment().put("KAFKA_PORT", Integer.toString(port));
        builder.environment().put("KAFKA_DIR", dir.toString());
        builder.environment().put("KAFKA_STOP_TIMEOUT", "20");
        Files.createDirectories(dir.getParent());
        Process process = builder.start();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            Assertions.fail("deploy/kafka/" + script + " did not finish in time");
        }
        if (process.exitValue() != 0) {
            Assertions.fail("deploy/kafka/" + script + " failed (" + process.exitValue() + "): "
                    + Files.readString(dir.resolveSibling(dir.getFileName() + "-" + script + ".log")));
        }
    }
}
