package io.procurewire.catalog.sync;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** A buyer platform's supplier item (Coupa-compatible JSON: hyphenated keys, nested code/name/number objects). */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SupplierItem(
        Long id,
        @JsonProperty("supplier-part-num") String supplierPartNum,
        @JsonProperty("supplier-aux-part-num") String supplierAuxPartNum,
        String name,
        String description,
        String price,
        Code currency,
        Code uom,
        Named commodity,
        String manufacturer,
        @JsonProperty("manufacturer-part-number") String manufacturerPartNumber,
        @JsonProperty("lead-time") Integer leadTime,
        @JsonProperty("image-url") String imageUrl,
        Boolean active,
        Numbered supplier,
        Numbered contract,
        @JsonProperty("updated-at") String updatedAt) {

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Code(String code) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Named(String name) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Numbered(String number) {
    }

    public SupplierItem withId(Long newId) {
        return new SupplierItem(newId, supplierPartNum, supplierAuxPartNum, name, description, price, currency, uom,
                commodity, manufacturer, manufacturerPartNumber, leadTime, imageUrl, active, supplier, contract, updatedAt);
    }

    public SupplierItem withActive(boolean value) {
        return new SupplierItem(id, supplierPartNum, supplierAuxPartNum, name, description, price, currency, uom,
                commodity, manufacturer, manufacturerPartNumber, leadTime, imageUrl, value, supplier, contract, updatedAt);
    }
}
