package io.procurewire.sandbox.po;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.procurewire.sandbox.api.PlainJson;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A Coupa order header: the PO as the Core API shows it. */
@Entity
@Table(name = "purchase_orders")
public class PurchaseOrder extends PanacheEntityBase {

    public static final String ISSUED = "issued";
    /** Coupa spells it "cancelled" in its status list; filters also accept "canceled" (the PO export guide's URL). */
    public static final String CANCELLED = "cancelled";
    public static final String CLOSED = "closed";


    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "po_number")
    public String poNumber;
    public String status;
    /** Supplier-facing version: increases with every change sent to the supplier. */
    public int version = 1;
    @Column(name = "internal_revision")
    public int internalRevision = 1;
    public boolean exported;
    @Column(name = "last_exported_at")
    public OffsetDateTime lastExportedAt;
    @ManyToOne(optional = false)
    @JoinColumn(name = "supplier_id")
    public Supplier supplier;
    public String currency;
    @Column(name = "ship_to_name")
    public String shipToName;
    @Column(name = "ship_to_street")
    public String shipToStreet;
    @Column(name = "ship_to_city")
    public String shipToCity;
    @Column(name = "ship_to_postal")
    public String shipToPostal;
    @Column(name = "ship_to_country")
    public String shipToCountry;
    @Column(name = "ship_to_user_email")
    public String shipToUserEmail;
    @Column(name = "requisition_id")
    public Long requisitionId;
    @Column(name = "custom_fields")
    public String customFieldsJson = "{}";
    /**
     * Type of the supplier's latest order confirmation (accept, reject, detail, ...); null until one arrives. Written
     * only by SupplierConfirmations' column update, so no whole-PO write can undo it.
     */
    @Column(name = "confirmation_status", insertable = false, updatable = false)
    public String confirmationStatus;
    @Column(name = "confirmed_at", insertable = false, updatable = false)
    public OffsetDateTime confirmedAt;
    @Column(name = "created_at")
    public OffsetDateTime createdAt = Timestamps.now();
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt = Timestamps.now();

    @OneToMany(mappedBy = "purchaseOrder", cascade = CascadeType.ALL)
    @OrderBy("lineNum")
    public List<OrderLine> lines = new ArrayList<>();

    public Map<String, Object> customFields() {
        try {
            return PlainJson.mapper().readValue(customFieldsJson, new TypeReference<LinkedHashMap<String, Object>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("custom fields of PO " + id + " are not JSON", e);
        }
    }

    public void customFields(Map<String, Object> fields) {
        try {
            customFieldsJson = PlainJson.mapper().writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("custom fields must be JSON values", e);
        }
    }

    public List<OrderLine> activeLines() {
        return lines.stream().filter(l -> !l.deleted).toList();
    }

    public BigDecimal total() {
        return activeLines().stream().map(OrderLine::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Map<String, Object> representation(boolean showDeletedLines) {
        Map<String, Object> po = Json.map("id", id, "created-at", Timestamps.format(createdAt),
                "updated-at", Timestamps.format(updatedAt), "po-number", poNumber, "status", status,
                "version", version, "internal-revision", internalRevision, "exported", exported,
                "last-exported-at", Timestamps.format(lastExportedAt), "currency", Json.map("code", currency),
                "total", total().toPlainString(), "supplier", supplier.reference(),
                "ship-to-address", Json.map("name", shipToName, "street1", shipToStreet, "city", shipToCity,
                        "postal-code", shipToPostal, "country", Json.map("code", shipToCountry)),
                "ship-to-user", Json.map("email", shipToUserEmail),
                "requisition-header", requisitionId == null ? null : Json.map("id", requisitionId),
                "custom-fields", customFields(),
                "supplier-confirmation-status", confirmationStatus,
                "supplier-confirmed-at", Timestamps.format(confirmedAt));
        List<Map<String, Object>> orderLines = new ArrayList<>();
        for (OrderLine line : lines) {
            if (showDeletedLines || !line.deleted) {
                orderLines.add(line.representation(showDeletedLines));
            }
        }
        po.put("order-lines", orderLines);
        return po;
    }
}
