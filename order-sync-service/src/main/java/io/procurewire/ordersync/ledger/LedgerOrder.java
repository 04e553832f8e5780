package io.procurewire.ordersync.ledger;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** The ledger's record of one purchase order of one integration (push and pull land in the same row). */
@Entity
@Table(name = "purchase_order")
public class LedgerOrder extends PanacheEntityBase {

    @Id
    public Long id;
    @Column(name = "integration_id")
    public long integrationId;
    @Column(name = "po_number")
    public String poNumber;
    @Column(name = "platform_po_id")
    public Long platformPoId;
    @Column(name = "erp_document_number")
    public String erpDocumentNumber;
    @Column(name = "work_due_at")
    public OffsetDateTime workDueAt;
    @Column(name = "lease_owner")
    public String leaseOwner;
    @Column(name = "lease_until")
    public OffsetDateTime leaseUntil;
    public long fence;
    @Column(name = "error_reported")
    public boolean errorReported;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
