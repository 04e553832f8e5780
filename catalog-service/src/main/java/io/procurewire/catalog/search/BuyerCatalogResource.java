package io.procurewire.catalog.search;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.procurewire.catalog.CatalogConfig;
import io.procurewire.catalog.pricing.ContractTerms;
import io.procurewire.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import jakarta.ws.rs.core.Response;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** The catalog as one buyer sees it: visibility and prices from the buyer's contract. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Path("/api/buyers/{buyerCode}/catalog")
@RolesAllowed({"admin", "reviewer", "viewer"})
public class BuyerCatalogResource {

    private final BuyerCatalog catalog;
    private final CatalogConfig config;

    BuyerCatalogResource(BuyerCatalog catalog, CatalogConfig config) {
        this.catalog = catalog;
        this.config = config;
    }

    @RegisterForReflection
    /**
     * {@code total} counts the matches up to {@code procurewire.catalog.search-max-matches}; {@code totalCapped}
     * (added; absent or false in older answers) says that more products match than {@code total} counts.
     */
    public record SearchPage(List<CatalogItem> items, int page, int size, long total, boolean totalCapped) {
    }

    /** Full-text search (PostgreSQL websearch syntax: words, "phrases", -exclusions, or) with filters and paging. */
    @GET
    @Path("/search")
    public SearchPage search(@PathParam("buyerCode") String buyerCode, @QueryParam("q") String q,
                             @QueryParam("unspsc") String unspsc, @QueryParam("manufacturer") String manufacturer,
                             @QueryParam("contract") String contractCode,
                             @QueryParam("page") @DefaultValue("0") int page,
                             @QueryParam("size") @DefaultValue("20") int size) {
        if (page < 0 || size < 1 || size > config.maxPageSize()) {
            throw new ProblemException(400, "Bad Request", "page must be >= 0 and size between 1 and "
                    + config.maxPageSize(), null, Map.of("page", page, "size", size));
        }
        SearchCriteria.requireUnspscPrefix(unspsc);
        LocalDate today = today();
        ContractTerms contract = catalog.contractFor(buyerCode, contractCode, today).orElse(null);
        BuyerCatalog.SearchResult result = catalog.search(contract,
                new BuyerCatalog.SearchQuery(q, unspsc, manufacturer, page, size));
        return new SearchPage(result.items().stream().map(i -> i.toCatalogItem(contract, today)).toList(),
                page, size, result.total(), result.totalCapped());
    }

    /**
     * One product as the buyer sees it, with its attributes, read in one statement (contract, product, line and
     * attributes); 404 when unknown, discontinued or outside the buyer's assortment.
     */
    @GET
    @Path("/items/{supplierPartId}")
    public CatalogItem item(@PathParam("buyerCode") String buyerCode, @PathParam("supplierPartId") String supplierPartId,
                            @QueryParam("contract") String contractCode, @QueryParam("auxiliaryId") String auxiliaryId) {
        LocalDate today = today();
        QuoteService.Target target = QuoteService.target(supplierPartId, auxiliaryId);
        String effectiveContract = contractCode != null ? contractCode : target.contractHint();
        BuyerCatalog.ItemRead read = catalog.read(buyerCode, effectiveContract, target.lookup(), today);
        ContractTerms contract = read.contract();
        BuyerItem item = read.item();
        if (item == null || !item.productPrice().active() || (contract != null
                && contract.assortment() == ContractTerms.Assortment.CONTRACT_LINES && item.line() == null)) {
            throw ProblemException.notFound("product " + supplierPartId + " for buyer", buyerCode);
        }
        return item.toCatalogItem(contract, today).withAttributes(read.attributes());
    }

    /** The buyer's catalog at their prices, as CIF 3.0 (format=cif, default) or CSV (format=csv). */
    @GET
    @Path("/export")
    @Produces({"text/plain", "text/csv", MediaType.APPLICATION_JSON})
    public Response export(@PathParam("buyerCode") String buyerCode, @QueryParam("contract") String contractCode,
                           @QueryParam("format") @DefaultValue("cif") String format) {
        if (!format.equals("cif") && !format.equals("csv")) {
            throw ProblemException.badRequest("format must be cif or csv, was '" + format + "'");
        }
        LocalDate today = today();
        ContractTerms contract = catalog.contractFor(buyerCode, contractCode, today).orElse(null);
        CatalogExporter.Selection selection = CatalogExporter.select(catalog, contract, today);
        String currency = contract == null ? config.defaultCurrency() : contract.currency();
        boolean cif = format.equals("cif");
        String body = cif
                ? CatalogExporter.cif(selection, currency, config.supplierId(), config.supplierIdDomain(), buyerCode, Instant.now())
                : CatalogExporter.csv(selection);
        String fileName = "catalog-" + buyerCode.replaceAll("[^A-Za-z0-9._-]", "_") + (cif ? ".cif" : ".csv");
        return Response.ok(body, cif ? "text/plain; charset=UTF-8" : "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    private static LocalDate today() {
        return LocalDate.now(Clock.system(ZoneOffset.UTC));
    }
}
