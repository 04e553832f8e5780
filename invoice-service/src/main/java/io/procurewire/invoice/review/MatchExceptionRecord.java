package io.procurewire.invoice.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/** A stored exception record. States: OPEN, CLEARED (a re-match no longer found it), ACCEPTED, REJECTED. */
@Entity
@Table(name = "match_exception")
public class MatchExceptionRecord extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "invoice_id")
    public Long invoiceId;
    public String code;
    @Column(name = "invoice_line")
    public Integer invoiceLine;
    public String expected;
    public String actual;
    @Column(name = "limit_value")
    public String limitValue;
    @Column(name = "breach_amount")
    public BigDecimal breachAmount;
    public String detail;
    public String state;
    @Column(name = "raised_at")
    public Instant raisedAt;
    @Column(name = "resolved_at")
    public Instant resolvedAt;
}
