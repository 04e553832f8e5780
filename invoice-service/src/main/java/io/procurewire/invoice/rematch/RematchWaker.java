package io.procurewire.invoice.rematch;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.jboss.logging.Logger;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the re-match queue as soon as a transaction that requested a re-match commits, instead of waiting for the next
 * poll: the poll stays as the safety net (a replica that dies between its commit and the run, a run that failed).
 * Wake-ups coalesce: however many commits arrive while a drain is queued, one more drain follows them. The thread is
 * created at run time, on the first wake-up, never in a static initialiser.
 */
@ApplicationScoped
public class RematchWaker {

    private static final Logger LOG = Logger.getLogger(RematchWaker.class);
    private static final Object REGISTERED = RematchWaker.class.getName() + ".registered";

    private final TransactionSynchronizationRegistry registry;
    private final Provider<RematchQueue> queue;
    private final AtomicBoolean drainQueued = new AtomicBoolean();
    private volatile ExecutorService executor;
    private volatile boolean stopped;

    @Inject
    public RematchWaker(TransactionSynchronizationRegistry registry, Provider<RematchQueue> queue) {
        this.registry = registry;
        this.queue = queue;
    }

    /** Within the transaction that wrote a request: drain once it has committed (once per transaction). */
    void afterCommit() {
        if (registry.getResource(REGISTERED) != null) {
            return;
        }
        registry.putResource(REGISTERED, Boolean.TRUE);
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    wake();
                }
            }
        });
    }

    void wake() {
        if (stopped || !drainQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            executor().execute(() -> {
                drainQueued.set(false);
                try {
                    queue.get().drain();
                } catch (RuntimeException e) {
                    // the poll picks the requests up again
                    LOG.warnf(e, "re-match after commit failed; the next poll retries");
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            drainQueued.set(false);
        }
    }

    private ExecutorService executor() {
        ExecutorService current = executor;
        if (current == null) {
            synchronized (this) {
                current = executor;
                if (current == null) {
                    current = Executors.newSingleThreadExecutor(runnable -> {
                        Thread thread = new Thread(runnable, "rematch-after-commit");
                        thread.setDaemon(true);
                        return thread;
                    });
                    executor = current;
                }
            }
        }
        return current;
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        ExecutorService current = executor;
        if (current != null) {
            current.shutdown();
        }
    }
}
