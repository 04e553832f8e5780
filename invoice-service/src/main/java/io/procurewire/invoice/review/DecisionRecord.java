package io.procurewire.invoice.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One line of the audit trail: a match run (actor "system") or a reviewer's accept/reject with reason. */
@Entity
@Table(name = "decision")
public class DecisionRecord extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "invoice_id")
    public Long invoiceId;
    public String action;
    public String actor;
    public String reason;
    public String outcome;
    @Column(name = "decided_at")
    public Instant decidedAt;

    public static DecisionRecord log(Long invoiceId, String action, String actor, String reason, String outcome) {
        DecisionRecord decision = new DecisionRecord();
        decision.invoiceId = invoiceId;
        decision.action = action;
        decision.actor = actor;
        decision.reason = reason;
        decision.outcome = outcome;
        decision.decidedAt = Instant.now();
        decision.persist();
        return decision;
    }
}
