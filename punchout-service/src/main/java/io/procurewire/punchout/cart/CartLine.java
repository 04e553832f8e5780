package io.procurewire.punchout.cart;

import io.procurewire.punchout.catalog.CatalogDtos.QuotedLine;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/** A cart line with the price catalog-service quoted for the buyer's contract, and when. */
@Entity
@Table(name = "cart_line")
public class CartLine extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cart_id")
    public Cart cart;

    @Column(name = "supplier_part_id", nullable = false)
    public String supplierPartId;

    /** '' when the part has none (so the unique constraint holds); see {@link #auxiliaryIdOrNull()}. */
    @Column(name = "supplier_part_auxiliary_id", nullable = false)
    public String supplierPartAuxiliaryId = "";

    @Column(nullable = false)
    public BigDecimal quantity;

    @Column(name = "unit_price", nullable = false)
    public BigDecimal unitPrice;

    @Column(nullable = false)
    public String currency;

    @Column(name = "price_source")
    public String priceSource;

    @Column(name = "contract_code")
    public String contractCode;

    @Column(name = "price_version")
    public Long priceVersion;

    @Column(name = "priced_at", nullable = false)
    public Instant pricedAt;

    @Column(name = "price_possibly_stale", nullable = false)
    public boolean pricePossiblyStale;

    @Column(nullable = false)
    public String name;

    public String description;

    @Column(name = "unit_of_measure", nullable = false)
    public String unitOfMeasure;

    public String unspsc;

    @Column(name = "manufacturer_name")
    public String manufacturerName;

    @Column(name = "manufacturer_part_id")
    public String manufacturerPartId;

    @Column(name = "lead_time_days")
    public Integer leadTimeDays;

    @Column(nullable = false)
    public int position;

    public String auxiliaryIdOrNull() {
        return supplierPartAuxiliaryId == null || supplierPartAuxiliaryId.isEmpty() ? null : supplierPartAuxiliaryId;
    }

    /** quantity × unit price rounded to the currency's minor units: the line amount everywhere the buyer sees it. */
    public BigDecimal extendedPrice() {
        return MinorUnits.lineAmount(unitPrice, quantity, currency);
    }

    /** Copies price and descriptive data of a quote (catalog-service is the source of truth for both). */
    public void applyQuote(QuotedLine quoted, Instant quotedAt, boolean possiblyStale) {
        unitPrice = quoted.unitPrice().amount();
        currency = quoted.unitPrice().currency();
        priceSource = quoted.priceSource();
        contractCode = quoted.contractCode();
        priceVersion = quoted.priceVersion();
        pricedAt = quotedAt;
        pricePossiblyStale = possiblyStale;
        name = quoted.name() == null ? supplierPartId : quoted.name();
        description = quoted.description();
        unitOfMeasure = quoted.unitOfMeasure() == null ? "EA" : quoted.unitOfMeasure();
        unspsc = quoted.unspsc();
        manufacturerName = quoted.manufacturerName();
        manufacturerPartId = quoted.manufacturerPartId();
        leadTimeDays = quoted.leadTimeDays();
    }
}
