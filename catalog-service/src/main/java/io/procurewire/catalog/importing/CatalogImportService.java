package io.procurewire.catalog.importing;

import io.procurewire.catalog.product.Product;
import io.procurewire.catalog.product.ProductData;
import io.procurewire.catalog.product.ProductKey;
import io.procurewire.catalog.product.ProductRules;
import io.procurewire.catalog.product.ProductService;
import io.procurewire.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Diffs a parsed catalog file against the catalog and, unless it is a dry run, applies the diff in one transaction.
 * A file with any invalid row is never applied (422 with the report): a broken file changes nothing.
 * Removal means discontinuing (active = false): contract lines and price history keep their product.
 */
@ApplicationScoped
public class CatalogImportService {

    private static final Logger LOG = Logger.getLogger(CatalogImportService.class);
    private final ProductService products;

    CatalogImportService(ProductService products) {
        this.products = products;
    }

    private record Plan(ImportReport report, List<CatalogFile.Row> inserts, Map<Product, CatalogFile.Row> updates,
                        List<Product> removals) {
    }

    @Transactional
    public ImportReport dryRun(CatalogFile file) {
        return plan(file, true).report();
    }

    @Transactional
    public ImportReport apply(CatalogFile file, String fileName) {
        // one import at a time: two concurrent full loads would each remove what the other adds
        Panache.getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('catalog-import'))")
                .getSingleResult();
        Plan plan = plan(file, false);
        if (!plan.report().invalid().isEmpty()) {
            throw new ProblemException(422, "Unprocessable Content", "The file has " + plan.report().invalid().size()
                    + " invalid row(s); nothing was imported", null, Map.of("report", plan.report()));
        }
        for (CatalogFile.Row row : plan.inserts()) {
            products.insert(row.data(), "import");
        }
        plan.updates().forEach((product, row) -> products.apply(product, row.data(), "import"));
        for (Product product : plan.removals()) {
            product.active = false;
            product.updatedAt = Instant.now();
        }
        ImportReport.Summary s = plan.report().summary();
        CatalogImport record = new CatalogImport();
        record.format = file.format().name();
        record.mode = file.mode().name();
        record.fileName = fileName;
        record.added = s.added();
        record.changed = s.changed();
        record.removed = s.removed();
        record.unchanged = s.unchanged();
        record.appliedAt = Instant.now();
        record.persist();
        LOG.infof("catalog import %d applied (%s, %s): %d added, %d changed, %d removed, %d unchanged", record.id,
                record.format, record.mode, s.added(), s.changed(), s.removed(), s.unchanged());
        ImportReport r = plan.report();
        return new ImportReport(r.format(), r.mode(), false, true, record.id, r.summary(), r.added(), r.changed(),
                r.removed(), r.invalid(), r.warnings());
    }

    private Plan plan(CatalogFile file, boolean dryRun) {
        Map<ProductKey, Product> existing = new HashMap<>();
        for (Product p : Product.<Product>listAll()) {
            existing.put(p.key(), p);
        }
        List<CatalogFile.InvalidRow> invalid = new ArrayList<>(file.unreadable());
        List<ImportReport.Entry> added = new ArrayList<>();
        List<ImportReport.Entry> changed = new ArrayList<>();
        List<ImportReport.Entry> removed = new ArrayList<>();
        List<CatalogFile.Row> inserts = new ArrayList<>();
        Map<Product, CatalogFile.Row> updates = new LinkedHashMap<>();
        List<Product> removals = new ArrayList<>();
        Map<ProductKey, Integer> seen = new HashMap<>();
        int unchanged = 0;
        for (CatalogFile.Row row : file.rows()) {
            ProductData data = row.data();
            ProductKey key = data.key();
            Integer firstLine = seen.putIfAbsent(key, row.line());
            if (firstLine != null) {
                invalid.add(new CatalogFile.InvalidRow(row.line(), data.supplierPartId(),
                        List.of("duplicate of line " + firstLine + " (same supplier part ID and auxiliary ID)")));
                continue;
            }
            Product current = existing.get(key);
            if (row.delete()) {
                if (current == null) {
                    invalid.add(new CatalogFile.InvalidRow(row.line(), data.supplierPartId(),
                            List.of("cannot delete " + key + ": no such product")));
                } else if (current.active) {
                    removed.add(entry(row.line(), key, List.of()));
                    removals.add(current);
                } else {
                    unchanged++;
                }
                continue;
            }
            List<ProductRules.Violation> violations = ProductRules.check(data);
            if (!violations.isEmpty()) {
                invalid.add(new CatalogFile.InvalidRow(row.line(), data.supplierPartId(),
                        violations.stream().map(v -> v.field() + " " + v.message()).toList()));
                continue;
            }
            if (current == null) {
                added.add(entry(row.line(), key, List.of()));
                inserts.add(row);
            } else {
                List<String> fields = ProductService.differences(current, data);
                if (fields.isEmpty()) {
                    unchanged++;
                } else {
                    changed.add(entry(row.line(), key, fields));
                    updates.put(current, row);
                }
            }
        }
        if (file.mode() == CatalogFile.Mode.FULL) {
            existing.values().stream()
                    .filter(p -> p.active && !seen.containsKey(p.key()))
                    .sorted(java.util.Comparator.comparing((Product p) -> p.supplierPartId)
                            .thenComparing(p -> p.supplierPartAuxiliaryId))
                    .forEach(p -> {
                        removed.add(entry(null, p.key(), List.of()));
                        removals.add(p);
                    });
        }
        invalid.sort(java.util.Comparator.comparingInt(CatalogFile.InvalidRow::line));
        int rows = file.rows().size() + file.unreadable().size();
        ImportReport report = new ImportReport(file.format(), file.mode(), dryRun, false, null,
                new ImportReport.Summary(rows, added.size(), changed.size(), removed.size(), unchanged, invalid.size()),
                added, changed, removed, invalid, file.warnings());
        return new Plan(report, inserts, updates, removals);
    }

    private static ImportReport.Entry entry(Integer line, ProductKey key, List<String> fields) {
        return new ImportReport.Entry(line, key.supplierPartId(),
                key.supplierPartAuxiliaryId().isEmpty() ? null : key.supplierPartAuxiliaryId(), fields);
    }
}
