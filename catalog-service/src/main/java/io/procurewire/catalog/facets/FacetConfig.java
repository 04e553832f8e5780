package io.procurewire.catalog.facets;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** procurewire.catalog.facets.*: how much work facet counts may do per request (README, "Facets"). */
@ConfigMapping(prefix = "procurewire.catalog.facets")
public interface FacetConfig {

    /**
     * Most matching products counted per request. Up to this many the counts are exact; beyond it they are the counts
     * among the first this-many matches (the answer says {@code exact: false}), so a broad query over a large catalog
     * costs a bounded scan, not one over every match.
     */
    @WithDefault("5000")
    int maxScanned();

    /** Most values answered per facet (segments, families, manufacturers), the most frequent first. */
    @WithDefault("25")
    int maxValues();
}
