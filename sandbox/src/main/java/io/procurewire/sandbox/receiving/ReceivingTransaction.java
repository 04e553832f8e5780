package io.procurewire.sandbox.receiving;

import io.procurewire.sandbox.api.Json;
import io.procurewire.sandbox.api.Timestamps;
import io.procurewire.sandbox.po.OrderLine;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;

/** A receipt (or return, disposal, void) against a PO line. */
@Entity
@Table(name = "receiving_transactions")
public class ReceivingTransaction extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String type;
    /** created | voided */
    public String status = "created";
    public BigDecimal quantity;
    public BigDecimal price;
    public String uom;
    @ManyToOne(optional = false)
    @JoinColumn(name = "order_line_id")
    public OrderLine orderLine;
    public boolean exported;
    @Column(name = "transaction_date")
    public OffsetDateTime transactionDate;
    @Column(name = "asn_number")
    public String asnNumber;
    @Column(name = "created_at")
    public OffsetDateTime createdAt = Timestamps.now();
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt = Timestamps.now();

    public Map<String, Object> representation() {
        return Json.map("id", id, "created-at", Timestamps.format(createdAt), "updated-at", Timestamps.format(updatedAt),
                "type", type, "status", status,
                "quantity", quantity == null ? null : quantity.stripTrailingZeros().toPlainString(),
                "price", price == null ? null : price.stripTrailingZeros().toPlainString(),
                "uom", uom == null ? null : Json.map("code", uom), "exported", exported,
                "transaction-date", Timestamps.format(transactionDate),
                "asn-header", asnNumber == null ? null : Json.map("asn-number", asnNumber),
                "order-line", Json.map("id", orderLine.id, "line-num", orderLine.lineNum,
                        "order-header-id", orderLine.purchaseOrder.id, "po-number", orderLine.purchaseOrder.poNumber));
    }
}
