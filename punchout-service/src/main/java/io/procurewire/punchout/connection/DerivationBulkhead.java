package io.procurewire.punchout.connection;

import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Bounds how many PBKDF2 derivations run at once. The public punchout URL verifies a secret for every well-formed
 * request, so junk requests could otherwise keep every core busy; with all slots taken a verification is not started
 * and the caller answers the same "authentication failed" at once.
 */
public final class DerivationBulkhead {

    private final Semaphore slots;
    private final int size;
    private final AtomicLong refused = new AtomicLong();

    /** {@code size} 0 or less means one slot per available processor. */
    public DerivationBulkhead(int size) {
        this.size = size > 0 ? size : Runtime.getRuntime().availableProcessors();
        this.slots = new Semaphore(this.size);
    }

    /** Runs the derivation if a slot is free (its answer), else answers empty without waiting. */
    public Optional<Boolean> tryRun(BooleanSupplier derivation) {
        if (!slots.tryAcquire()) {
            refused.incrementAndGet();
            return Optional.empty();
        }
        try {
            return Optional.of(derivation.getAsBoolean());
        } finally {
            slots.release();
        }
    }

    public int size() {
        return size;
    }

    /** How many verifications were refused because every slot was busy (since start). */
    public long refused() {
        return refused.get();
    }
}
