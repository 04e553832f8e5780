package io.procurewire.sandbox.po;

import io.procurewire.sandbox.api.Json;
import io.procurewire.sandbox.api.Timestamps;
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
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/** One order line of a PO. */
@Entity
@Table(name = "purchase_order_lines")
public class OrderLine extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "purchase_order_id")
    public PurchaseOrder purchaseOrder;
    @Column(name = "line_num")
    public int lineNum;
    public String description;
    public BigDecimal quantity;
    public BigDecimal price;
    public String uom;
    @Column(name = "supplier_part_num")
    public String supplierPartNum;
    @Column(name = "supplier_aux_part_num")
    public String supplierAuxPartNum;
    /** UNSPSC code. */
    public String commodity;
    @Column(name = "need_by_date")
    public LocalDate needByDate;
    @Column(name = "account_code")
    public String accountCode;
    public boolean deleted;
    @Column(name = "created_at")
    public OffsetDateTime createdAt = Timestamps.now();
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt = Timestamps.now();

    public BigDecimal total() {
        return quantity.multiply(price).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * Coupa names the supplier part number of an order line "source-part-num". Deleted lines (removed by a later
     * version) carry "deleted": true - the attribute name is the sandbox's choice: show_deleted_lines is not in the
     * public docs.
     */
    public Map<String, Object> representation(boolean withDeletedFlag) {
        Map<String, Object> line = Json.map("id", id, "created-at", Timestamps.format(createdAt),
                "updated-at", Timestamps.format(updatedAt), "line-num", lineNum, "description", description,
                "quantity", quantity.stripTrailingZeros().toPlainString(), "price", price.stripTrailingZeros().toPlainString(),
                "total", total().toPlainString(), "uom", Json.map("code", uom), "source-part-num", supplierPartNum,
                "supplier-aux-part-num", supplierAuxPartNum, "commodity", commodity == null ? null : Json.map("name", commodity),
                "need-by-date", needByDate == null ? null : needByDate.toString(),
                "account", accountCode == null ? null : Json.map("code", accountCode),
                "currency", Json.map("code", purchaseOrder.currency));
        if (withDeletedFlag) {
            line.put("deleted", deleted);
        }
        return line;
    }
}
