package io.procurewire.sandbox.catalog;

import io.procurewire.sandbox.api.Json;
import io.procurewire.sandbox.api.Timestamps;
import io.procurewire.sandbox.supplier.Supplier;
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

/** A catalog entry of a supplier as the buyer platform holds it (target of catalog-service's sync). */
@Entity
@Table(name = "supplier_items")
public class SupplierItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "supplier_id")
    public Supplier supplier;
    @Column(name = "supplier_part_num")
    public String supplierPartNum;
    @Column(name = "supplier_aux_part_num")
    public String supplierAuxPartNum = "";
    public String name;
    public String description;
    public BigDecimal price;
    public String currency;
    public String uom;
    public String commodity;
    public String manufacturer;
    @Column(name = "manufacturer_part_number")
    public String manufacturerPartNumber;
    @Column(name = "lead_time")
    public Integer leadTime;
    @Column(name = "image_url")
    public String imageUrl;
    @Column(name = "contract_number")
    public String contractNumber;
    public boolean active = true;
    @Column(name = "created_at")
    public OffsetDateTime createdAt = Timestamps.now();
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt = Timestamps.now();

    /** The JSON shape agreed with catalog-service. */
    public Map<String, Object> representation() {
        return Json.map("id", id, "supplier-part-num", supplierPartNum,
                "supplier-aux-part-num", supplierAuxPartNum.isEmpty() ? null : supplierAuxPartNum, "name", name,
                "description", description, "price", price.stripTrailingZeros().scale() < 2
                        ? price.setScale(2).toPlainString() : price.stripTrailingZeros().toPlainString(),
                "currency", Json.map("code", currency), "uom", Json.map("code", uom),
                "commodity", commodity == null ? null : Json.map("name", commodity), "manufacturer", manufacturer,
                "manufacturer-part-number", manufacturerPartNumber, "lead-time", leadTime, "image-url", imageUrl,
                "active", active, "supplier", Json.map("number", supplier.number),
                "contract", contractNumber == null ? null : Json.map("number", contractNumber),
                "created-at", Timestamps.format(createdAt), "updated-at", Timestamps.format(updatedAt));
    }
}
