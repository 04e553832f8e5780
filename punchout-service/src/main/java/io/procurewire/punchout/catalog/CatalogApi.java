package io.procurewire.punchout.catalog;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** catalog-service's API as punchout-service uses it. Call it only through {@link CatalogClient}. */
@RegisterRestClient(configKey = "catalog")
@RegisterClientHeaders(CatalogCredentials.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface CatalogApi {

    @GET
    @Path("/buyers/{buyerCode}/catalog/search")
    CatalogDtos.SearchPage search(@PathParam("buyerCode") String buyerCode, @QueryParam("q") String query,
                                  @QueryParam("unspsc") String unspsc, @QueryParam("manufacturer") String manufacturer,
                                  @QueryParam("contract") String contractCode, @QueryParam("page") int page,
                                  @QueryParam("size") int size);

    @GET
    @Path("/buyers/{buyerCode}/catalog/facets")
    CatalogDtos.Facets facets(@PathParam("buyerCode") String buyerCode, @QueryParam("q") String query,
                              @QueryParam("unspsc") String unspsc, @QueryParam("manufacturer") String manufacturer,
                              @QueryParam("contract") String contractCode);

    @GET
    @Path("/buyers/{buyerCode}/catalog/items/{supplierPartId}")
    CatalogDtos.CatalogItem item(@PathParam("buyerCode") String buyerCode,
                                 @PathParam("supplierPartId") String supplierPartId,
                                 @QueryParam("contract") String contractCode,
                                 @QueryParam("auxiliaryId") String auxiliaryId);

    @POST
    @Path("/prices/quote")
    CatalogDtos.PriceQuote quote(CatalogDtos.QuoteRequest request);
}
