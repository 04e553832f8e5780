package io.procurewire.catalog.importing;

import io.procurewire.catalog.product.ProductData;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * CIF 3.0 (Catalog Interchange Format, accepted by Ariba and Coupa):
 * <pre>
 * CIF_I_V3.0
 * CHARSET: UTF-8
 * LOADMODE: F            (F/Full: the file is the whole catalog; I/Incremental, the default: only these items)
 * CODEFORMAT: UNSPSC
 * CURRENCY: USD          (for rows without a Currency field)
 * SUPPLIERID_DOMAIN: DUNS
 * ITEMCOUNT: 2           (must equal the number of data rows: a short count means a truncated or padded file)
 * TIMESTAMP: 2026-11-24 10:00:00
 * UNUOM: TRUE
 * FIELDNAMES: Supplier ID, Supplier Part ID, Manufacturer Part ID, Item Description, SPSC Code, Unit Price, ...
 * DATA
 * 123456789,P-1,M-1,"Pen, blue",44121701,1.20,EA,3,Acme,...
 * ENDOFDATA
 * </pre>
 * Field mapping: Supplier Part ID, Supplier Part Auxiliary ID, Manufacturer Part ID, Manufacturer Name, Item
 * Description -> description, Short Name -> name (else the description's first 255 characters), SPSC Code ->
 * unspsc, Unit Price -> list price, Currency (else the CURRENCY header), Unit of Measure, Lead Time, Image ->
 * image URL, Delete (incremental loads: T/Y removes the item). Supplier URL, Manufacturer URL, Market Price and any
 * other field go to the product's attributes under their CIF name. Supplier ID must be present on every row.
 */
public final class CifCatalogParser {

    static final String SIGNATURE = "CIF_I_V3.0";
    private static final List<String> REQUIRED_FIELDS = List.of("Supplier ID", "Supplier Part ID", "Item Description",
            "SPSC Code", "Unit Price", "Unit of Measure");
    private static final Map<String, String> MAPPED = new HashMap<>();

    static {
        for (String f : List.of("Supplier ID", "Supplier Part ID", "Supplier Part Auxiliary ID", "Manufacturer Part ID",
                "Manufacturer Name", "Item Description", "Short Name", "SPSC Code", "Unit Price", "Currency",
                "Unit of Measure", "Lead Time", "Image", "Delete", "Language")) {
            MAPPED.put(f.toLowerCase(Locale.ROOT), f);
        }
    }

    private CifCatalogParser() {
    }

    /** Decodes with the file's CHARSET (UTF-8 when absent), then parses. */
    public static CatalogFile parse(byte[] bytes) {
        String latin = new String(bytes, StandardCharsets.ISO_8859_1);
        Charset charset = StandardCharsets.UTF_8;
        for (String line : latin.split("\r\n|\n|\r", 40)) {
            if (line.trim().equalsIgnoreCase("DATA")) {
                break;
            }
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("CHARSET")) {
                String name = line.substring(colon + 1).trim();
                try {
                    charset = Charset.forName(name);
                } catch (IllegalArgumentException e) {
                    throw new CatalogFile.BrokenFile(null, "unsupported CHARSET '" + name + "'");
                }
            }
        }
        return parse(new String(bytes, charset));
    }

    public static CatalogFile parse(String text) {
        text = CsvCatalogParser.stripBom(text);
        String[] lines = text.split("\r\n|\n|\r", -1);
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        if (i >= lines.length || !lines[i].trim().startsWith("CIF_I_V")) {
            throw new CatalogFile.BrokenFile(i + 1, "not a CIF file: the first line must be " + SIGNATURE);
        }
        if (!lines[i].trim().equals(SIGNATURE)) {
            throw new CatalogFile.BrokenFile(i + 1, "unsupported CIF version '" + lines[i].trim() + "', expected " + SIGNATURE);
        }
        Map<String, String> header = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        int dataLine = -1;
        for (i = i + 1; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty()) {
                continue;
            }
            if (line.equalsIgnoreCase("DATA")) {
                dataLine = i;
                break;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new CatalogFile.BrokenFile(i + 1, "header line is not 'NAME: value': " + line);
            }
            header.put(line.substring(0, colon).trim().toUpperCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        if (dataLine < 0) {
            throw new CatalogFile.BrokenFile(lines.length, "no DATA line after the header");
        }
        CatalogFile.Mode mode = switch (header.getOrDefault("LOADMODE", "I").toUpperCase(Locale.ROOT)) {
            case "F", "FULL" -> CatalogFile.Mode.FULL;
            case "I", "INCREMENTAL" -> CatalogFile.Mode.INCREMENTAL;
            default -> throw new CatalogFile.BrokenFile(null, "LOADMODE must be F or I, was '" + header.get("LOADMODE") + "'");
        };
        String codeFormat = header.get("CODEFORMAT");
        if (codeFormat != null && !codeFormat.equalsIgnoreCase("UNSPSC")) {
            throw new CatalogFile.BrokenFile(null, "CODEFORMAT '" + codeFormat + "' is not supported, only UNSPSC");
        }
        if ("FALSE".equalsIgnoreCase(header.get("UNUOM"))) {
            warnings.add("UNUOM is FALSE: units of measure must still be UN/CEFACT codes, rows with others are invalid");
        }
        String defaultCurrency = header.get("CURRENCY");
        String fieldNames = header.get("FIELDNAMES");
        if (fieldNames == null) {
            throw new CatalogFile.BrokenFile(null, "FIELDNAMES header is missing");
        }
        List<String> fields;
        try {
            fields = CsvReader.read(fieldNames).getFirst().fields().stream().map(String::trim).toList();
        } catch (CsvReader.CsvFormatException e) {
            throw new CatalogFile.BrokenFile(null, "FIELDNAMES is not a valid comma-separated list: " + e.getMessage());
        }
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> extra = new TreeMap<>();
        for (int f = 0; f < fields.size(); f++) {
            String mapped = MAPPED.get(fields.get(f).toLowerCase(Locale.ROOT));
            if (mapped != null) {
                index.put(mapped, f);
            } else if (!fields.get(f).isEmpty()) {
                extra.put(fields.get(f), f);
            }
        }
        List<String> missing = REQUIRED_FIELDS.stream().filter(f -> !index.containsKey(f)).toList();
        if (!missing.isEmpty()) {
            throw new CatalogFile.BrokenFile(null, "FIELDNAMES lacks required field(s): " + String.join(", ", missing));
        }

        StringBuilder data = new StringBuilder();
        for (int d = dataLine + 1; d < lines.length; d++) {
            data.append(lines[d]).append('\n');
        }
        List<CsvReader.Record> records;
        try {
            records = CsvReader.read(data.toString(), dataLine + 2);
        } catch (CsvReader.CsvFormatException e) {
            throw new CatalogFile.BrokenFile(e.line(), e.getMessage());
        }
        List<CatalogFile.Row> rows = new ArrayList<>();
        List<CatalogFile.InvalidRow> invalid = new ArrayList<>();
        boolean ended = false;
        int dataRows = 0;
        for (CsvReader.Record record : records) {
            if (record.isBlank()) {
                continue;
            }
            if (record.fields().size() == 1 && record.fields().getFirst().trim().equals("ENDOFDATA")) {
                ended = true;
                break;
            }
            dataRows++;
            List<String> f = record.fields();
            if (f.size() != fields.size()) {
                invalid.add(new CatalogFile.InvalidRow(record.line(), cell(f, index, "Supplier Part ID"),
                        List.of("has " + f.size() + " fields, FIELDNAMES has " + fields.size())));
                continue;
            }
            rows(record, f, index, extra, defaultCurrency, mode, rows, invalid);
        }
        if (!ended) {
            throw new CatalogFile.BrokenFile(lines.length, "no ENDOFDATA line: the file is truncated");
        }
        String itemCount = header.get("ITEMCOUNT");
        if (itemCount != null) {
            try {
                if (Integer.parseInt(itemCount) != dataRows) {
                    throw new CatalogFile.BrokenFile(null, "ITEMCOUNT says " + itemCount + " items, the file has " + dataRows);
                }
            } catch (NumberFormatException e) {
                throw new CatalogFile.BrokenFile(null, "ITEMCOUNT '" + itemCount + "' is not a number");
            }
        }
        return new CatalogFile(CatalogFile.Format.CIF, mode, rows, invalid, warnings);
    }

    private static void rows(CsvReader.Record record, List<String> f, Map<String, Integer> index,
                             Map<String, Integer> extra, String defaultCurrency, CatalogFile.Mode mode,
                             List<CatalogFile.Row> rows, List<CatalogFile.InvalidRow> invalid) {
        List<String> reasons = new ArrayList<>();
        if (cell(f, index, "Supplier ID") == null) {
            reasons.add("Supplier ID is required");
        }
        String description = cell(f, index, "Item Description");
        String name = cell(f, index, "Short Name");
        if (name == null && description != null) {
            name = description.length() > 255 ? description.substring(0, 255) : description;
        }
        String currency = cell(f, index, "Currency");
        if (currency == null) {
            currency = defaultCurrency;
        }
        Map<String, String> attributes = new TreeMap<>();
        extra.forEach((field, i) -> {
            String value = RowValues.text(f.get(i));
            if (value != null) {
                attributes.put(field, value);
            }
        });
        boolean delete = Boolean.TRUE.equals(RowValues.bool("Delete", cell(f, index, "Delete"), false, reasons));
        if (delete && mode == CatalogFile.Mode.FULL) {
            reasons.add("Delete is only meaningful in incremental loads (LOADMODE: I); a full load removes by omission");
        }
        RowValues.Unreadable unreadable = new RowValues.Unreadable(reasons);
        ProductData data = new ProductData(cell(f, index, "Supplier Part ID"), cell(f, index, "Supplier Part Auxiliary ID"),
                name, description, cell(f, index, "Manufacturer Name"), cell(f, index, "Manufacturer Part ID"),
                cell(f, index, "SPSC Code"), cell(f, index, "Unit of Measure"),
                unreadable.decimal("Unit Price", "listPrice", cell(f, index, "Unit Price")), currency,
                unreadable.integer("Lead Time", "leadTimeDays", cell(f, index, "Lead Time")), cell(f, index, "Image"),
                attributes, true);
        if (reasons.isEmpty()) {
            rows.add(new CatalogFile.Row(record.line(), data, delete));
        } else {
            invalid.add(new CatalogFile.InvalidRow(record.line(), data.supplierPartId(), unreadable.withRuleViolations(data)));
        }
    }

    private static String cell(List<String> fields, Map<String, Integer> index, String field) {
        Integer i = index.get(field);
        return i == null || i >= fields.size() ? null : RowValues.text(fields.get(i));
    }
}
