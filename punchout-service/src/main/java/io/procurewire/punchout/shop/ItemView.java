package io.procurewire.punchout.shop;

import io.procurewire.punchout.cart.InvalidQuantity;
import io.procurewire.punchout.cart.Amounts;
import io.procurewire.punchout.catalog.CatalogDtos.CatalogItem;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** One catalog item as a page shows it, priced for the session's buyer and contract. */
public record ItemView(String supplierPartId, String supplierPartAuxiliaryId, String name, String description,
                       String manufacturerName, String manufacturerPartId, String unspsc, String unitOfMeasure,
                       Integer leadTimeDays, String price, String listPrice, boolean contractPrice, String priceSource,
                       String url, String tierText) {

    /**
     * The auxiliary ID a buyer may see: a real one of the product, not the {@code contract:<code>} the catalog uses to
     * carry the contract through the buyer's system (an internal identifier).
     */
    public String shownAuxiliaryId() {
        return supplierPartAuxiliaryId == null || supplierPartAuxiliaryId.startsWith("contract:") ? null
                : supplierPartAuxiliaryId;
    }

    /** The quantity field's {@code step}: whole numbers for counted units (EA, BX, PK...), decimals otherwise. */
    public String quantityStep() {
        return InvalidQuantity.counted(unitOfMeasure) ? "1" : "any";
    }

    public String quantityMin() {
        return InvalidQuantity.counted(unitOfMeasure) ? "1" : "0.0001";
    }

    static ItemView of(CatalogItem item, String sessionBase) {
        String price = item.price() == null ? "" : Amounts.money(item.price().amount(), item.price().currency());
        String list = item.listPrice() == null ? "" : Amounts.money(item.listPrice().amount(), item.listPrice().currency());
        boolean contract = item.priceSource() != null && item.priceSource().startsWith("CONTRACT");
        String url = sessionBase + "/items/" + encode(item.supplierPartId())
                + (item.supplierPartAuxiliaryId() == null ? "" : "?aux=" + encode(item.supplierPartAuxiliaryId()));
        return new ItemView(item.supplierPartId(), item.supplierPartAuxiliaryId(), item.name(), item.description(),
                item.manufacturerName(), item.manufacturerPartId(), item.unspsc(), item.unitOfMeasure(),
                item.leadTimeDays(), price, contract && !list.equals(price) ? list : null, contract,
                item.priceSource(), url, tierText(item, price));
    }

    /**
     * The contract's quantity tiers as a buyer reads them: "7.95 USD; from 50: 7.25 USD; from 200: 6.60 USD" (the
     * price for one first, then each tier above one unit); null when no tier applies.
     */
    static String tierText(CatalogItem item, String priceForOne) {
        if (item.quantityTiers() == null || item.quantityTiers().isEmpty() || item.price() == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(priceForOne);
        item.quantityTiers().stream()
                .filter(t -> t.minQuantity() != null && t.unitPrice() != null && t.minQuantity().compareTo(BigDecimal.ONE) > 0)
                .sorted(java.util.Comparator.comparing(io.procurewire.punchout.catalog.CatalogDtos.Tier::minQuantity))
                .forEach(t -> text.append("; from ").append(t.minQuantity().stripTrailingZeros().toPlainString())
                        .append(": ").append(Amounts.money(t.unitPrice(), item.price().currency())));
        return text.toString().equals(priceForOne) ? null : text.toString();
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
