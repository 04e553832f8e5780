package io.procurewire.punchout.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The JSON shapes of catalog-service's buyer catalog and price quote API (agreed contract). */
public final class CatalogDtos {

    private CatalogDtos() {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Money(BigDecimal amount, String currency) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CatalogItem(String supplierPartId, String supplierPartAuxiliaryId, String name, String description,
                              String manufacturerName, String manufacturerPartId, String unspsc, String unitOfMeasure,
                              Integer leadTimeDays, String imageUrl, Money listPrice, Money price, String priceSource,
                              String contractCode, Long priceVersion, Boolean active, List<Tier> quantityTiers,
                              Map<String, String> attributes) {
    }

    /** A contract quantity tier: from {@code minQuantity} units on, {@code unitPrice} in the contract's currency. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Tier(BigDecimal minQuantity, BigDecimal unitPrice) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    /** {@code totalCapped}: more products match than {@code total} counts (catalog-service bounds its count). */
    public record SearchPage(List<CatalogItem> items, int page, int size, long total, boolean totalCapped) {
    }

    /** A facet value: a UNSPSC segment or family code with its name (the code when unknown), or a manufacturer. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FacetValue(String code, String name, long count) {
    }

    /**
     * Facet counts of a search; {@code exact} false: counted among the first {@code counted} matches only (catalog-service
     * bounds the work per request).
     */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Facets(List<FacetValue> segments, List<FacetValue> families, List<FacetValue> manufacturers,
                         long counted, boolean exact) {

        /** No facets (catalog-service could not count them): the shop shows its results without facet links. */
        public static Facets none() {
            return new Facets(List.of(), List.of(), List.of(), 0, false);
        }
    }

    @RegisterForReflection
    public record QuoteLineRequest(String supplierPartId, String supplierPartAuxiliaryId, BigDecimal quantity) {
    }

    @RegisterForReflection
    public record QuoteRequest(String buyerCode, String contractCode, LocalDate date, List<QuoteLineRequest> lines) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record QuotedLine(String supplierPartId, String supplierPartAuxiliaryId, BigDecimal quantity,
                             boolean available, String reason, Money unitPrice, Money listPrice, String priceSource,
                             String contractCode, Long priceVersion, String name, String description,
                             String unitOfMeasure, String unspsc, String manufacturerName, String manufacturerPartId,
                             Integer leadTimeDays) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PriceQuote(String buyerCode, String currency, Instant quotedAt, List<QuotedLine> lines) {
    }
}
