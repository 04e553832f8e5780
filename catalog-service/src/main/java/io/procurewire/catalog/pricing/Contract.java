package io.procurewire.catalog.pricing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A customer's contract: a buyer, effective dates, a currency, price-list lines and an optional assortment limit. */
@Entity
@Table(name = "contract")
public class Contract extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String code;
    @Column(name = "buyer_code")
    public String buyerCode;
    public String name;
    public String currency;
    @Column(name = "effective_from")
    public LocalDate effectiveFrom;
    @Column(name = "effective_to")
    public LocalDate effectiveTo;
    @Column(name = "default_discount_percent")
    public BigDecimal defaultDiscountPercent;
    @Enumerated(EnumType.STRING)
    public ContractTerms.Assortment assortment = ContractTerms.Assortment.ALL;
    @Column(name = "price_version")
    public long priceVersion;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public int version;

    public static Optional<Contract> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public ContractTerms terms() {
        return new ContractTerms(id, code, buyerCode, currency, effectiveFrom, effectiveTo, defaultDiscountPercent,
                assortment, priceVersion);
    }
}
