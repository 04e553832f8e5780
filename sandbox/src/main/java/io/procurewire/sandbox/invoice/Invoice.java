package io.procurewire.sandbox.invoice;

import io.procurewire.sandbox.api.Json;
import io.procurewire.sandbox.api.Timestamps;
import io.procurewire.sandbox.supplier.Supplier;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A supplier invoice as the buyer platform holds it (from cXML or the API). */
@Entity
@Table(name = "invoices")
public class Invoice extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "invoice_number")
    public String invoiceNumber;
    @ManyToOne(optional = false)
    @JoinColumn(name = "supplier_id")
    public Supplier supplier;
    /** Coupa invoice statuses: new, pending_approval, approved, voided, ... The sandbox starts at pending_approval. */
    public String status = "pending_approval";
    @Column(name = "invoice_date")
    public OffsetDateTime invoiceDate;
    public String currency;
    public BigDecimal total;
    /** cxml | api */
    public String source;
    @Column(name = "payload_id")
    public String payloadId;
    public boolean exported;
    @Column(name = "created_at")
    public OffsetDateTime createdAt = Timestamps.now();
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt = Timestamps.now();

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL)
    @OrderBy("lineNum")
    public List<InvoiceLine> lines = new ArrayList<>();

    public Map<String, Object> representation() {
        List<Map<String, Object>> invoiceLines = new ArrayList<>();
        for (InvoiceLine line : lines) {
            invoiceLines.add(Json.map("id", line.id, "line-num", line.lineNum, "description", line.description,
                    "quantity", line.quantity == null ? null : line.quantity.stripTrailingZeros().toPlainString(),
                    "price", line.price == null ? null : line.price.stripTrailingZeros().toPlainString(),
                    "total", line.total.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(),
                    "uom", line.uom == null ? null : Json.map("code", line.uom),
                    "po-number", line.poNumber, "order-line-num", line.orderLineNum,
                    "source-part-num", line.supplierPartNum));
        }
        return Json.map("id", id, "created-at", Timestamps.format(createdAt), "updated-at", Timestamps.format(updatedAt),
                "invoice-number", invoiceNumber, "invoice-date", Timestamps.format(invoiceDate), "status", status,
                "currency", Json.map("code", currency), "total", total.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(),
                "supplier", supplier.reference(), "exported", exported, "document-type", "Invoice",
                "origin", source, "invoice-lines", invoiceLines);
    }
}
