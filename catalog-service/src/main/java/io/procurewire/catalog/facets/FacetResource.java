package io.procurewire.catalog.facets;

import io.procurewire.catalog.pricing.ContractTerms;
import io.procurewire.catalog.search.BuyerCatalog;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Facet counts of a buyer's search (the same criteria as {@code /search}): UNSPSC segments and families with their
 * names, and manufacturers, for a shop to offer as links that narrow the result.
 */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/buyers/{buyerCode}/catalog/facets")
@RolesAllowed({"admin", "reviewer", "viewer"})
public class FacetResource {

    /** A facet value as answered: a UNSPSC code with its name (the code when unknown), or a manufacturer's name. */
    @RegisterForReflection
    public record FacetValue(String code, String name, long count) {
    }

    @RegisterForReflection
    public record FacetsPage(List<FacetValue> segments, List<FacetValue> families, List<FacetValue> manufacturers,
                             long counted, boolean exact, int maxScanned) {
    }

    private final BuyerCatalog catalog;
    private final CatalogFacets facets;
    private final FacetConfig config;

    FacetResource(BuyerCatalog catalog, CatalogFacets facets, FacetConfig config) {
        this.catalog = catalog;
        this.facets = facets;
        this.config = config;
    }

    @GET
    public FacetsPage facets(@PathParam("buyerCode") String buyerCode, @QueryParam("q") String q,
                             @QueryParam("unspsc") String unspsc, @QueryParam("manufacturer") String manufacturer,
                             @QueryParam("contract") String contractCode) {
        io.procurewire.catalog.search.SearchCriteria.requireUnspscPrefix(unspsc == null ? null : unspsc.trim());
        LocalDate today = LocalDate.now(Clock.system(ZoneOffset.UTC));
        ContractTerms contract = catalog.contractFor(buyerCode, contractCode, today).orElse(null);
        CatalogFacets.Facets found = facets.facets(contract, q, unspsc, manufacturer);
        return new FacetsPage(values(found.segments()), values(found.families()), values(found.manufacturers()),
                found.counted(), found.exact(), config.maxScanned());
    }

    private static List<FacetValue> values(List<CatalogFacets.Value> values) {
        return values.stream().map(v -> new FacetValue(v.code(), v.name(), v.count())).toList();
    }
}
