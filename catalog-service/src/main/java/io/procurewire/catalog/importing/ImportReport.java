package io.procurewire.catalog.importing;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;

/** The diff an import would make (dry run) or made (applied). Line numbers are the file's, 1-based. */
@RegisterForReflection
public record ImportReport(CatalogFile.Format format, CatalogFile.Mode mode, boolean dryRun, boolean applied,
                           Long importId, Summary summary, List<Entry> added, List<Entry> changed, List<Entry> removed,
                           List<CatalogFile.InvalidRow> invalid, List<String> warnings) {

    @RegisterForReflection
    public record Summary(int rows, int added, int changed, int removed, int unchanged, int invalid) {
    }

    /** line is null for a product a full load removes because the file does not mention it. */
    @RegisterForReflection
    public record Entry(Integer line, String supplierPartId, String supplierPartAuxiliaryId, List<String> fields) {
    }
}
