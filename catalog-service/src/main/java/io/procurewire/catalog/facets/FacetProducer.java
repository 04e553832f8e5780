package io.procurewire.catalog.facets;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Wires the plain-JDBC facet counts to the service's datasource and limits. */
@ApplicationScoped
public class FacetProducer {

    @Produces
    @Singleton
    CatalogFacets catalogFacets(AgroalDataSource dataSource, FacetConfig config) {
        return new CatalogFacets(dataSource, config.maxScanned(), config.maxValues());
    }

}
