package io.procurewire.catalog.importing;

import io.procurewire.catalog.product.ProductData;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The CSV catalog format: a header record naming the columns (any order, case-insensitive), one product per record.
 * Columns: supplierPartId*, supplierPartAuxiliaryId, name*, description, manufacturerName, manufacturerPartId,
 * unspsc, unitOfMeasure*, listPrice*, currency*, leadTimeDays, imageUrl, active, and attr.&lt;name&gt; for attributes
 * (* = column required). An unknown column breaks the file (a typo would otherwise drop data silently).
 */
public final class CsvCatalogParser {

    static final List<String> COLUMNS = List.of("supplierPartId", "supplierPartAuxiliaryId", "name", "description",
            "manufacturerName", "manufacturerPartId", "unspsc", "unitOfMeasure", "listPrice", "currency", "leadTimeDays",
            "imageUrl", "active");
    private static final List<String> REQUIRED = List.of("supplierPartId", "name", "unitOfMeasure", "listPrice", "currency");
    static final String ATTRIBUTE_PREFIX = "attr.";

    private CsvCatalogParser() {
    }

    /** Reads a file as uploaded: encoding and separator detected (see {@link CsvDialect}), then parsed. */
    public static CatalogFile parse(byte[] bytes, String declaredCharset, CatalogFile.Mode mode) {
        return parse(CsvDialect.detect(bytes, declaredCharset), mode);
    }

    public static CatalogFile parse(String text, CatalogFile.Mode mode) {
        return parse(new CsvDialect(stripBom(text), ',', false, List.of()), mode);
    }

    private static CatalogFile parse(CsvDialect dialect, CatalogFile.Mode mode) {
        List<CsvReader.Record> records;
        try {
            records = CsvReader.read(dialect.text(), 1, dialect.separator());
        } catch (CsvReader.CsvFormatException e) {
            throw new CatalogFile.BrokenFile(e.line(), e.getMessage());
        }
        records = records.stream().filter(r -> !r.isBlank()).toList();
        if (records.isEmpty()) {
            throw new CatalogFile.BrokenFile(1, "the file is empty: a header record is required");
        }
        CsvReader.Record header = records.getFirst();
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> attributes = new TreeMap<>();
        Map<String, String> canonical = new HashMap<>();
        COLUMNS.forEach(c -> canonical.put(c.toLowerCase(Locale.ROOT), c));
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).trim();
            String known = canonical.get(name.toLowerCase(Locale.ROOT));
            if (known != null) {
                if (index.put(known, i) != null) {
                    throw new CatalogFile.BrokenFile(header.line(), "column " + known + " appears twice");
                }
            } else if (name.toLowerCase(Locale.ROOT).startsWith(ATTRIBUTE_PREFIX) && name.length() > ATTRIBUTE_PREFIX.length()) {
                attributes.put(name.substring(ATTRIBUTE_PREFIX.length()), i);
            } else {
                throw new CatalogFile.BrokenFile(header.line(), "unknown column '" + name + "' (known: "
                        + String.join(", ", COLUMNS) + ", attr.<name>)");
            }
        }
        List<String> missing = REQUIRED.stream().filter(c -> !index.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new CatalogFile.BrokenFile(header.line(), "required column(s) missing: " + String.join(", ", missing));
        }
        List<CatalogFile.Row> rows = new ArrayList<>();
        List<CatalogFile.InvalidRow> invalid = new ArrayList<>();
        for (CsvReader.Record record : records.subList(1, records.size())) {
            List<String> f = record.fields();
            if (f.size() != header.fields().size()) {
                invalid.add(new CatalogFile.InvalidRow(record.line(), f.isEmpty() ? null : RowValues.text(f.get(index.get("supplierPartId")) ),
                        List.of("has " + f.size() + " fields, the header has " + header.fields().size())));
                continue;
            }
            List<String> reasons = new ArrayList<>();
            Map<String, String> attrs = new TreeMap<>();
            attributes.forEach((name, i) -> {
                String value = RowValues.text(f.get(i));
                if (value != null) {
                    attrs.put(name, value);
                }
            });
            RowValues.Unreadable unreadable = new RowValues.Unreadable(reasons);
            ProductData data = new ProductData(cell(f, index, "supplierPartId"), cell(f, index, "supplierPartAuxiliaryId"),
                    cell(f, index, "name"), cell(f, index, "description"), cell(f, index, "manufacturerName"),
                    cell(f, index, "manufacturerPartId"), cell(f, index, "unspsc"), cell(f, index, "unitOfMeasure"),
                    unreadable.decimal("listPrice", "listPrice", dialect.number(cell(f, index, "listPrice"))),
                    cell(f, index, "currency"),
                    unreadable.integer("leadTimeDays", "leadTimeDays", cell(f, index, "leadTimeDays")),
                    cell(f, index, "imageUrl"), attrs, RowValues.bool("active", cell(f, index, "active"), true, reasons));
            if (reasons.isEmpty()) {
                rows.add(new CatalogFile.Row(record.line(), data, false));
            } else {
                invalid.add(new CatalogFile.InvalidRow(record.line(), data.supplierPartId(), unreadable.withRuleViolations(data)));
            }
        }
        return new CatalogFile(CatalogFile.Format.CSV, mode, rows, invalid, dialect.warnings());
    }

    private static String cell(List<String> fields, Map<String, Integer> index, String column) {
        Integer i = index.get(column);
        return i == null ? null : RowValues.text(fields.get(i));
    }

    static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
