package io.procurewire.deploy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Any replica serves any request: runs {@code deploy/local/two-replicas --check}, which starts two punchout-service
 * replicas (the packaged quarkus-run.jar) against one PostgreSQL behind nginx, all on 127.0.0.1, sends a buyer's setup
 * request and the StartPage to replica A, checks the same session out on replica B, and finds it ended on A. The
 * order-sync half of the multi-replica proof (a replica killed with SIGKILL in the middle of an export) is e2e-tests'
 * {@code OrderSyncReplicasTest}.
 *
 * <p>Needs punchout-service packaged first (the reactor's {@code verify} does it: this module comes after the services),
 * Debian's nginx (the script installs it when missing; {@code .ci/run} makes sure it is there) and PostgreSQL's
 * {@code initdb}/{@code pg_ctl}/{@code psql}. Bounded in time: the script stops itself after 900 s, this test after 15 min.
 */
class TwoReplicasTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    @Test
    void aPunchoutSessionStartedOnOneReplicaIsCheckedOutOnTheOther() throws IOException, InterruptedException {
        Path jar = REPOSITORY.resolve("punchout-service/target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            fail("no " + jar + ": package punchout-service first (./mvnw -B -DskipTests package -pl punchout-service -am)");
        }
        Path log = Files.createTempFile("two-replicas", ".log");
        Process check = new ProcessBuilder("bash", "deploy/local/two-replicas", "--check", "--no-build")
                .directory(REPOSITORY.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean ended = check.waitFor(15, TimeUnit.MINUTES);
        if (!ended) {
            check.destroy();   // SIGTERM: the script's trap stops the replicas, nginx and PostgreSQL
            check.waitFor(60, TimeUnit.SECONDS);
        }
        String output = Files.readString(log);
        Files.deleteIfExists(log);
        System.out.println(output);
        assertThat(ended).as("the two-replica check ended within 15 minutes:%n%s", output).isTrue();
        assertThat(check.exitValue()).as("exit status of deploy/local/two-replicas --check:%n%s", output).isZero();
        assertThat(output).contains("PASS: session started on replica A");
    }
}
