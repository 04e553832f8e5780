package io.procurewire.punchout.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A lease in PostgreSQL for jobs that one replica runs at a time: claiming moves {@code lease_until} forward only if
 * it has passed, in one statement, so of replicas claiming at once exactly one wins.
 */
@ApplicationScoped
public class JobLease {

    private final EntityManager em;
    /** Per process, made when the bean is (never in a static initializer: a native image would share it). */
    private final String holder = "replica-" + UUID.randomUUID();

    public JobLease(EntityManager em) {
        this.em = em;
    }

    /** Claims the named lease for {@code duration}, in the caller's transaction. @return true if this replica holds it */
    public boolean claim(String job, Duration duration, Instant now) {
        return em.createNativeQuery("""
                        insert into job_lease (name, held_by, lease_until) values (?1, ?2, ?3)
                        on conflict (name) do update set held_by = excluded.held_by, lease_until = excluded.lease_until
                            where job_lease.lease_until <= ?4""")
                .setParameter(1, job).setParameter(2, holder).setParameter(3, now.plus(duration)).setParameter(4, now)
                .executeUpdate() == 1;
    }

    public String holder() {
        return holder;
    }
}
