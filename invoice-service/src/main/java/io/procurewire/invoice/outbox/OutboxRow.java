package io.procurewire.invoice.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/** The columns every outbox row has: its state, the attempts counted, when it is due, when its claim was taken. */
@MappedSuperclass
public abstract class OutboxRow extends PanacheEntityBase {
    public String state;
    public int attempts;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Column(name = "claimed_at")
    public Instant claimedAt;
}
