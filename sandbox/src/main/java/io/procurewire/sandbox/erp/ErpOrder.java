package io.procurewire.sandbox.erp;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A purchase order version the simulated ERP accepted, with the ERP's own document number (shared by its changes). */
@Entity
@Table(name = "erp_orders")
public class ErpOrder extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "po_number")
    public String poNumber;
    public int version;
    @Column(name = "erp_document_number")
    public String erpDocumentNumber;
    /** create, or the change (update, cancel, close) applied to the document of an earlier version. */
    public String action;
    public String payload;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
}
