package io.procurewire.deploy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Any replica serves any request, and a replica killed in the middle of its work loses nothing and duplicates nothing:
 * runs {@code deploy/local/two-replicas --check}, which starts two punchout-service replicas, two order-sync-service
 * replicas (the packaged quarkus-run.jars) and one sandbox (buyer platform and ERP) against one PostgreSQL, the
 * replicas behind nginx, all on 127.0.0.1. Punchout: a buyer's setup request and the StartPage go to replica A, the
 * same session is checked out on replica B and found ended on A. Order-sync: an export run of 40 POs started on
 * replica A through the proxy, A killed with SIGKILL once some but not all POs are in the ERP, replica B finishes,
 * every PO is in the sandbox's ERP exactly once; A is started again, serves through the proxy, exports 10 more POs,
 * and no PO is in the ERP twice.
 *
 * <p>Needs punchout-service, order-sync-service and the sandbox packaged first (the reactor's {@code verify} does it:
 * this module comes after them), Debian's nginx and jq (the script installs them when missing; {@code .ci/run} makes
 * sure they are there) and PostgreSQL's {@code initdb}/{@code pg_ctl}/{@code psql}. Bounded in time: the script stops
 * itself after 1200 s, this test after 21 min.
 */
class TwoReplicasTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    @Test
    void aPunchoutSessionMovesBetweenReplicasAndAnOrderSyncReplicaKilledMidRunLosesAndDuplicatesNothing()
            throws IOException, InterruptedException {
        for (String module : List.of("punchout-service", "order-sync-service", "sandbox")) {
            Path jar = REPOSITORY.resolve(module + "/target/quarkus-app/quarkus-run.jar");
            if (!Files.isRegularFile(jar)) {
                fail("no " + jar + ": package it first (./mvnw -B -DskipTests package "
                        + "-pl punchout-service,order-sync-service,sandbox -am)");
            }
        }
        Path log = Files.createTempFile("two-replicas", ".log");
        Process check = new ProcessBuilder("bash", "deploy/local/two-replicas", "--check", "--no-build")
                .directory(REPOSITORY.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean ended = check.waitFor(21, TimeUnit.MINUTES);
        if (!ended) {
            check.destroy();   // SIGTERM: the script's trap stops the replicas, the sandbox, nginx and PostgreSQL
            check.waitFor(60, TimeUnit.SECONDS);
        }
        String output = Files.readString(log);
        Files.deleteIfExists(log);
        System.out.println(output);
        assertThat(ended).as("the two-replica check ended within 21 minutes:%n%s", output).isTrue();
        assertThat(check.exitValue()).as("exit status of deploy/local/two-replicas --check:%n%s", output).isZero();
        assertThat(output).contains("PASS: session started on replica A")
                .contains("PASS: order-sync replica killed with SIGKILL mid-run");
    }
}
