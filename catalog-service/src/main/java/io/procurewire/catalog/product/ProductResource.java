package io.procurewire.catalog.product;

import io.procurewire.catalog.pricing.PriceHistory;
import io.procurewire.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import java.util.List;
import java.util.Map;

/** Admin API of the one catalog (list prices; buyers' prices are under /api/buyers and /api/prices). */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Path("/api/products")
@RolesAllowed("admin")
public class ProductResource {

    private final ProductService products;

    ProductResource(ProductService products) {
        this.products = products;
    }

    @POST
    public Response create(ProductRequest body) {
        requireBody(body);
        Product product = products.create(body.toData());
        UriBuilder location = UriBuilder.fromPath("/api/products/{id}");
        if (!product.supplierPartAuxiliaryId.isEmpty()) {
            location.queryParam("auxiliaryId", product.supplierPartAuxiliaryId);
        }
        return Response.created(location.build(product.supplierPartId)).entity(ProductView.of(product)).build();
    }

    @GET
    @RolesAllowed({"admin", "reviewer", "viewer"})
    public Map<String, Object> list(@QueryParam("page") @DefaultValue("0") int page,
                                    @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw ProblemException.badRequest("page must be >= 0 and size between 1 and 500");
        }
        List<ProductView> items = Product.<Product>findAll(io.quarkus.panache.common.Sort.by("supplierPartId")
                        .and("supplierPartAuxiliaryId")).page(page, size).list().stream().map(ProductView::of).toList();
        return Map.of("items", items, "page", page, "size", size, "total", Product.count());
    }

    @GET
    @RolesAllowed({"admin", "reviewer", "viewer"})
    @Path("/{supplierPartId}")
    public ProductView get(@PathParam("supplierPartId") String supplierPartId, @QueryParam("auxiliaryId") String aux) {
        return ProductView.of(find(supplierPartId, aux));
    }

    @PUT
    @Path("/{supplierPartId}")
    public ProductView update(@PathParam("supplierPartId") String supplierPartId, @QueryParam("auxiliaryId") String aux,
                              ProductRequest body) {
        requireBody(body);
        return ProductView.of(products.update(new ProductKey(supplierPartId, aux), body.toData()));
    }

    /** Discontinues the product (soft: contract lines and price history keep pointing at it). */
    @DELETE
    @Path("/{supplierPartId}")
    public ProductView discontinue(@PathParam("supplierPartId") String supplierPartId, @QueryParam("auxiliaryId") String aux) {
        return ProductView.of(products.discontinue(new ProductKey(supplierPartId, aux)));
    }

    /** Every list price the product has had, newest first, with the price version of each. */
    @GET
    @RolesAllowed({"admin", "reviewer", "viewer"})
    @Path("/{supplierPartId}/price-history")
    public List<PriceHistoryView> priceHistory(@PathParam("supplierPartId") String supplierPartId,
                                               @QueryParam("auxiliaryId") String aux) {
        Product product = find(supplierPartId, aux);
        return PriceHistory.<PriceHistory>list("productId = ?1 order by priceVersion desc", product.id).stream()
                .map(PriceHistoryView::of).toList();
    }

    private static Product find(String supplierPartId, String aux) {
        return Product.findByKey(supplierPartId, aux)
                .orElseThrow(() -> ProblemException.notFound("product", new ProductKey(supplierPartId, aux)));
    }

    static void requireBody(Object body) {
        if (body == null) {
            throw ProblemException.badRequest("a JSON body is required");
        }
    }
}
