package io.procurewire.catalog.pricing;

import io.procurewire.catalog.product.PriceHistoryView;
import io.procurewire.catalog.product.ProductKey;
import io.procurewire.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
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

/** Customers' contracts and their price lists. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Path("/api")
@RolesAllowed("admin")
public class ContractResource {

    private final ContractService contracts;

    ContractResource(ContractService contracts) {
        this.contracts = contracts;
    }

    @POST
    @Path("/contracts")
    public Response create(ContractData data) {
        requireBody(data);
        Contract contract = contracts.create(data);
        return Response.created(UriBuilder.fromPath("/api/contracts/{code}").build(contract.code))
                .entity(ContractView.of(contract, List.of())).build();
    }

    @GET
    @RolesAllowed({"admin", "reviewer", "viewer"})
    @Path("/contracts")
    public List<ContractView> list(@QueryParam("buyerCode") String buyerCode) {
        List<Contract> found = buyerCode == null ? Contract.list("order by code")
                : Contract.list("buyerCode = ?1 order by code", buyerCode);
        return found.stream().map(c -> ContractView.of(c, null)).toList();
    }

    @GET
    @RolesAllowed({"admin", "reviewer", "viewer"})
    @Path("/contracts/{code}")
    public ContractView get(@PathParam("code") String code) {
        Contract contract = ContractService.find(code);
        List<ContractView.LineView> lines = ContractLine.<ContractLine>list(
                        "from ContractLine l join fetch l.product p where l.contract = ?1 order by p.supplierPartId, p.supplierPartAuxiliaryId",
                        contract).stream().map(ContractView.LineView::of).toList();
        return ContractView.of(contract, lines);
    }

    @PUT
    @Path("/contracts/{code}")
    public ContractView update(@PathParam("code") String code, ContractData data) {
        requireBody(data);
        return ContractView.of(contracts.update(code, data), null);
    }

    @PUT
    @Path("/contracts/{code}/lines/{supplierPartId}")
    public ContractView.LineView putLine(@PathParam("code") String code, @PathParam("supplierPartId") String partId,
                                         @QueryParam("auxiliaryId") String aux, LineData data) {
        requireBody(data);
        return ContractView.LineView.of(contracts.putLine(code, new ProductKey(partId, aux), data));
    }

    @DELETE
    @Path("/contracts/{code}/lines/{supplierPartId}")
    public Response removeLine(@PathParam("code") String code, @PathParam("supplierPartId") String partId,
                               @QueryParam("auxiliaryId") String aux) {
        contracts.removeLine(code, new ProductKey(partId, aux));
        return Response.noContent().build();
    }

    /** What a price version stood for: the trace from an order line back to the price that applied. */
    @GET
    @RolesAllowed({"admin", "reviewer", "viewer"})
    @Path("/price-versions/{version}")
    public PriceHistoryView priceVersion(@PathParam("version") long version) {
        PriceHistory history = PriceHistory.findById(version);
        if (history == null) {
            throw ProblemException.notFound("price version", version);
        }
        return PriceHistoryView.of(history);
    }

    private static void requireBody(Object body) {
        if (body == null) {
            throw ProblemException.badRequest("a JSON body is required");
        }
    }
}
