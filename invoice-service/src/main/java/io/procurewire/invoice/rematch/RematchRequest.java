package io.procurewire.invoice.rematch;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "rematch_request")
public class RematchRequest extends PanacheEntityBase {
    @Id
    @Column(name = "invoice_id")
    public Long invoiceId;
    public String cause;
    @Column(name = "requested_at")
    public Instant requestedAt;
}
