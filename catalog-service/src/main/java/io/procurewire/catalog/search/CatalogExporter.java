package io.procurewire.catalog.search;

import io.procurewire.catalog.importing.CsvReader;
import io.procurewire.catalog.pricing.ContractTerms;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A buyer's catalog (their visible items at their prices on a date) as CIF 3.0 or CSV. Items that cannot be priced
 * for the buyer (e.g. currency mismatch) are left out and counted in the CIF COMMENTS.
 */
public final class CatalogExporter {

    public static final List<String> CIF_FIELDS = List.of("Supplier ID", "Supplier Part ID", "Manufacturer Part ID",
            "Item Description", "SPSC Code", "Unit Price", "Unit of Measure", "Lead Time", "Manufacturer Name",
            "Supplier URL", "Manufacturer URL", "Market Price", "Supplier Part Auxiliary ID", "Language", "Currency",
            "Short Name", "Image");
    public static final List<String> CSV_COLUMNS = List.of("supplierPartId", "supplierPartAuxiliaryId", "name",
            "description", "manufacturerName", "manufacturerPartId", "unspsc", "unitOfMeasure", "price", "currency",
            "priceSource", "contractCode", "priceVersion", "listPrice", "listCurrency", "leadTimeDays", "imageUrl");
    private static final DateTimeFormatter CIF_TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private CatalogExporter() {
    }

    public record Priced(BuyerItem item, CatalogItem view) {
    }

    /** Priced items of the buyer's view, plus how many visible items had no price. */
    public record Selection(List<Priced> items, int unpriced) {
    }

    public static Selection select(BuyerCatalog catalog, ContractTerms contract, LocalDate date) {
        List<Priced> items = new ArrayList<>();
        int[] unpriced = {0};
        catalog.forEachVisible(contract, item -> {
            CatalogItem view = item.toCatalogItem(contract, date);
            if (view.price() == null) {
                if (view.unavailableReason() != null && !view.unavailableReason().startsWith("not in the assortment")) {
                    unpriced[0]++;
                }
            } else {
                items.add(new Priced(item, view));
            }
        });
        return new Selection(items, unpriced[0]);
    }

    public static String cif(Selection selection, String currency, String supplierId, String supplierIdDomain,
                             String buyerCode, Instant now) {
        StringBuilder out = new StringBuilder();
        out.append("CIF_I_V3.0\r\n");
        out.append("CHARSET: UTF-8\r\n");
        out.append("LOADMODE: F\r\n");
        out.append("CODEFORMAT: UNSPSC\r\n");
        out.append("CURRENCY: ").append(currency).append("\r\n");
        out.append("SUPPLIERID_DOMAIN: ").append(supplierIdDomain).append("\r\n");
        out.append("ITEMCOUNT: ").append(selection.items().size()).append("\r\n");
        out.append("TIMESTAMP: ").append(CIF_TIMESTAMP.format(now.atOffset(ZoneOffset.UTC))).append("\r\n");
        out.append("UNUOM: TRUE\r\n");
        out.append("COMMENTS: Catalog for buyer ").append(buyerCode.replaceAll("[\r\n]", " "));
        if (selection.unpriced() > 0) {
            out.append("; ").append(selection.unpriced()).append(" item(s) without a price for this buyer left out");
        }
        out.append("\r\n");
        out.append("FIELDNAMES: ").append(String.join(", ", CIF_FIELDS)).append("\r\n");
        out.append("DATA\r\n");
        for (Priced p : selection.items()) {
            CatalogItem v = p.view();
            BigDecimal market = Objects.equals(v.listPrice().currency(), v.price().currency()) ? v.listPrice().amount() : null;
            CsvReader.writeRecord(out, java.util.Arrays.asList(supplierId, v.supplierPartId(), v.manufacturerPartId(),
                    v.description() == null ? v.name() : v.description(), v.unspsc(), v.price().amount().toPlainString(),
                    v.unitOfMeasure(), v.leadTimeDays() == null ? null : v.leadTimeDays().toString(), v.manufacturerName(),
                    null, null, market == null ? null : market.toPlainString(), v.supplierPartAuxiliaryId(), "en_US",
                    v.price().currency(), v.name(), v.imageUrl()));
        }
        out.append("ENDOFDATA\r\n");
        return out.toString();
    }

    public static String csv(Selection selection) {
        StringBuilder out = new StringBuilder();
        CsvReader.writeRecord(out, CSV_COLUMNS);
        for (Priced p : selection.items()) {
            CatalogItem v = p.view();
            CsvReader.writeRecord(out, java.util.Arrays.asList(v.supplierPartId(), v.supplierPartAuxiliaryId(), v.name(),
                    v.description(), v.manufacturerName(), v.manufacturerPartId(), v.unspsc(), v.unitOfMeasure(),
                    v.price().amount().toPlainString(), v.price().currency(), v.priceSource().name(), v.contractCode(),
                    String.valueOf(v.priceVersion()), v.listPrice().amount().toPlainString(), v.listPrice().currency(),
                    v.leadTimeDays() == null ? null : v.leadTimeDays().toString(), v.imageUrl()));
        }
        return out.toString();
    }
}
