package io.procurewire.catalog.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.procurewire.catalog.CatalogConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Wires the plain-JDBC read model to the service's datasource. */
@ApplicationScoped
public class BuyerCatalogProducer {

    @Produces
    @Singleton
    BuyerCatalog buyerCatalog(AgroalDataSource dataSource, ObjectMapper json, CatalogConfig config) {
        return new BuyerCatalog(dataSource, json, config.searchMaxMatches());
    }
}
