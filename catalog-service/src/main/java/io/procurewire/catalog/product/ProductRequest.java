package io.procurewire.catalog.product;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.procurewire.problem.ProblemException;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The body of POST/PUT /api/products, in the shape written ({@code "listPrice": 12.50, "currency": "USD"}) or the
 * shape read ({@code "listPrice": {"amount": 12.50, "currency": "USD"}}), so that GET, edit, PUT works. Members
 * only the read shape has (priceVersion, updatedAt) are ignored.
 */
@RegisterForReflection
public record ProductRequest(String supplierPartId, String supplierPartAuxiliaryId, String name, String description,
                             String manufacturerName, String manufacturerPartId, String unspsc, String unitOfMeasure,
                             ListPrice listPrice, String currency, Integer leadTimeDays, String imageUrl,
                             Map<String, String> attributes, Boolean active) {

    ProductData toData() {
        String priceCurrency = listPrice == null ? null : listPrice.currency();
        if (priceCurrency != null && currency != null && !priceCurrency.equals(currency)) {
            throw ProblemException.badRequest("listPrice.currency " + priceCurrency + " and currency " + currency
                    + " differ; give one of them");
        }
        return new ProductData(supplierPartId, supplierPartAuxiliaryId, name, description, manufacturerName,
                manufacturerPartId, unspsc, unitOfMeasure, listPrice == null ? null : listPrice.amount(),
                currency != null ? currency : priceCurrency, leadTimeDays, imageUrl, attributes, active);
    }

    /** A list price given as a bare amount (12.50 or "12.50") or as the money object the API answers. */
    @RegisterForReflection
    @JsonDeserialize(using = ListPriceReader.class)
    public record ListPrice(BigDecimal amount, String currency) {
    }

    /** Reads either shape of {@link ListPrice}; anything else is a binding error naming listPrice. */
    @RegisterForReflection
    public static final class ListPriceReader extends StdDeserializer<ListPrice> {

        public ListPriceReader() {
            super(ListPrice.class);
        }

        @Override
        public ListPrice deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.START_OBJECT) {
                JsonNode money = context.readTree(parser);
                JsonNode amount = money.get("amount");
                JsonNode currency = money.get("currency");
                if (amount == null || !(amount.isNumber() || amount.isTextual())
                        || (currency != null && !currency.isTextual() && !currency.isNull())) {
                    return (ListPrice) context.handleUnexpectedToken(BigDecimal.class, parser);
                }
                return new ListPrice(context.readTreeAsValue(amount, BigDecimal.class),
                        currency == null || currency.isNull() ? null : currency.asText());
            }
            return new ListPrice(context.readValue(parser, BigDecimal.class), null);
        }
    }
}
