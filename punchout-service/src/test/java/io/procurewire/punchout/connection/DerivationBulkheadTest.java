package io.procurewire.punchout.connection;

import io.procurewire.cxml.SecretHasher;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DerivationBulkheadTest {

    @Test
    void excessVerificationsAreRefusedAtOnceWhileTheOnesWithinTheBoundSucceed() throws Exception {
        DerivationBulkhead bulkhead = new DerivationBulkhead(2);
        CountDownLatch bothRunning = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            // two valid verifications take both slots and stay in them (a slow PBKDF2)
            List<Future<Optional<Boolean>>> valid = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                valid.add(threads.submit(() -> bulkhead.tryRun(() -> {
                    bothRunning.countDown();
                    await(release);
                    return true;
                })));
            }
            assertTrue(bothRunning.await(10, TimeUnit.SECONDS));
            // six junk requests arrive together
            CyclicBarrier together = new CyclicBarrier(6);
            List<Future<Optional<Boolean>>> junk = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                junk.add(threads.submit(() -> {
                    together.await();
                    return bulkhead.tryRun(() -> {
                        throw new AssertionError("no slot was free: the derivation must not start");
                    });
                }));
            }
            for (Future<Optional<Boolean>> refused : junk) {
                // answered while the slow ones still hold their slots: nobody waited for a slot
                assertEquals(Optional.empty(), refused.get(5, TimeUnit.SECONDS));
            }
            assertFalse(valid.get(0).isDone());
            release.countDown();
            for (Future<Optional<Boolean>> accepted : valid) {
                assertEquals(Optional.of(true), accepted.get(10, TimeUnit.SECONDS));
            }
            assertEquals(6, bulkhead.refused());
            // the slots are free again
            assertEquals(Optional.of(false), bulkhead.tryRun(() -> false));
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void defaultsToOneSlotPerProcessor() {
        assertEquals(Runtime.getRuntime().availableProcessors(), new DerivationBulkhead(0).size());
        assertEquals(3, new DerivationBulkhead(3).size());
    }

    @Test
    void withEverySlotBusyAWrongAndARightSecretBothFailAtOnceAndARememberedOneStillPasses() throws Exception {
        DerivationBulkhead bulkhead = new DerivationBulkhead(1);
        SecretHasher hasher = new SecretHasher(1000, derivation -> bulkhead.tryRun(derivation::get));
        String stored = hasher.hash("right");
        String remembered = hasher.hash("known");
        assertTrue(hasher.matchesRemembering("known", remembered));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread busy = new Thread(() -> bulkhead.tryRun(() -> {
            holding.countDown();
            await(release);
            return true;
        }));
        busy.start();
        try {
            assertTrue(holding.await(10, TimeUnit.SECONDS));
            assertFalse(hasher.matchesRemembering("wrong", stored));
            assertFalse(hasher.matchesRemembering("right", stored), "not verified: no slot was free");
            assertFalse(hasher.burnDecoy("anything"));
            assertTrue(hasher.matchesRemembering("known", remembered), "a remembered secret needs no derivation");
            assertEquals(3, bulkhead.refused());
        } finally {
            release.countDown();
            busy.join();
        }
        assertTrue(hasher.matchesRemembering("right", stored), "with a free slot the right secret passes");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
