package io.procurewire.catalog.pricing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Map;

/** One price change; its price_version is what quotes, exports and sync pushes carry. Never updated. */
@Entity
@Table(name = "price_history")
public class PriceHistory extends PanacheEntityBase {

    @Id
    @Column(name = "price_version")
    public Long priceVersion;
    public String subject;
    @Column(name = "product_id")
    public Long productId;
    @Column(name = "contract_id")
    public Long contractId;
    @Column(name = "contract_code")
    public String contractCode;
    @Column(name = "supplier_part_id")
    public String supplierPartId;
    @Column(name = "supplier_part_auxiliary_id")
    public String supplierPartAuxiliaryId;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> snapshot;
    @Column(name = "changed_at")
    public Instant changedAt;
    @Column(name = "changed_by")
    public String changedBy;
}
