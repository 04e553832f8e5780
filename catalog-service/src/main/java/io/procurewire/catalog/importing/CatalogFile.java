package io.procurewire.catalog.importing;

import io.procurewire.catalog.product.ProductData;

import java.util.List;

/**
 * A parsed catalog file: its rows (each with its line number), rows that could not even be read as products,
 * and the load mode. FULL: the file is the whole catalog, products missing from it are removed (discontinued).
 * INCREMENTAL: only the rows in the file change; a row may ask for removal (CIF "Delete" field).
 */
public record CatalogFile(Format format, Mode mode, List<Row> rows, List<InvalidRow> unreadable, List<String> warnings) {

    public enum Format { CSV, CIF }

    public enum Mode { FULL, INCREMENTAL }

    public record Row(int line, ProductData data, boolean delete) {
    }

    public record InvalidRow(int line, String supplierPartId, List<String> reasons) {
    }

    /** The file as a whole cannot be used (bad header, truncated, wrong item count...): nothing of it is imported. */
    public static final class BrokenFile extends RuntimeException {
        private final Integer line;

        public BrokenFile(Integer line, String message) {
            super(message);
            this.line = line;
        }

        public Integer line() {
            return line;
        }
    }
}
