package io.procurewire.sandbox.supplier;

import com.fasterxml.jackson.databind.JsonNode;
import io.procurewire.sandbox.api.CoupaApiException;
import io.procurewire.sandbox.api.CoupaCollection;
import io.procurewire.sandbox.api.CoupaQuery;
import io.procurewire.sandbox.api.CoupaRepresentation;
import io.procurewire.sandbox.api.Json;
import io.procurewire.sandbox.api.Timestamps;
import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.Map;
import java.util.Set;

/** Core API /api/suppliers: index, show, create, update (JSON bodies). */
@Path("/api/suppliers")
@PermitAll // Core API: its own OAuth2 bearer tokens and scopes (ApiAuthFilter) authenticate each call.
public class SupplierResource {

    private static final CoupaCollection<Supplier> SUPPLIERS = new CoupaCollection<>("Supplier",
            new CoupaRepresentation("supplier", "suppliers"), new CoupaQuery(Map.of(
            "id", new CoupaQuery.Attribute("s.id", CoupaQuery.Type.LONG),
            "name", new CoupaQuery.Attribute("s.name", CoupaQuery.Type.STRING),
            "number", new CoupaQuery.Attribute("s.number", CoupaQuery.Type.STRING),
            "status", new CoupaQuery.Attribute("s.status", CoupaQuery.Type.STRING),
            "po-method", new CoupaQuery.Attribute("s.poMethod", CoupaQuery.Type.STRING),
            "updated-at", new CoupaQuery.Attribute("s.updatedAt", CoupaQuery.Type.TIMESTAMP),
            "created-at", new CoupaQuery.Attribute("s.createdAt", CoupaQuery.Type.TIMESTAMP))),
            CoupaCollection.jpa(Supplier.class, "s"), Supplier::representation);

    @GET
    @Transactional
    public Response index(@Context UriInfo uri, @Context HttpHeaders headers, @QueryParam("fields") String fields,
                          @QueryParam("return_object") String returnObject) {
        return SUPPLIERS.index(uri.getQueryParameters(), headers, fields, returnObject);
    }

    @GET
    @Path("/{id}")
    @Transactional
    public Response show(@PathParam("id") long id, @Context HttpHeaders headers, @QueryParam("fields") String fields,
                         @QueryParam("return_object") String returnObject) {
        return SUPPLIERS.show(id, headers, fields, returnObject);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response create(JsonNode body, @Context HttpHeaders headers, @QueryParam("fields") String fields,
                           @QueryParam("return_object") String returnObject) {
        Supplier supplier = new Supplier();
        supplier.name = Json.requiredText(body, "name");
        supplier.number = Json.requiredText(body, "number");
        if (Supplier.count("number", supplier.number) > 0) {
            throw CoupaApiException.invalid("Number has already been taken");
        }
        apply(supplier, body);
        supplier.persist();
        return SUPPLIERS.render(201, supplier, headers, fields, returnObject);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response update(@PathParam("id") long id, JsonNode body, @Context HttpHeaders headers,
                           @QueryParam("fields") String fields, @QueryParam("return_object") String returnObject) {
        return SUPPLIERS.update(id, supplier -> {
            if (Json.text(body, "name") != null) {
                supplier.name = Json.text(body, "name");
            }
            apply(supplier, body);
            supplier.updatedAt = Timestamps.now();
        }, headers, fields, returnObject);
    }

    private static void apply(Supplier supplier, JsonNode body) {
        if (Json.text(body, "status") != null) {
            supplier.status = Json.text(body, "status");
        }
        if (Json.text(body, "po-method") != null) {
            String method = Json.text(body, "po-method");
            if (!Set.of("cxml", "prompt").contains(method)) {
                throw CoupaApiException.invalid("Po method must be cxml or prompt");
            }
            supplier.poMethod = method;
        }
        if (Json.has(body, "cxml-url")) {
            supplier.cxmlUrl = Json.text(body, "cxml-url");
        }
        if (Json.has(body, "cxml-domain")) {
            supplier.cxmlDomain = Json.text(body, "cxml-domain");
        }
        if (Json.has(body, "cxml-identity")) {
            supplier.cxmlIdentity = Json.text(body, "cxml-identity");
        }
        if (Json.has(body, "cxml-supplier-domain")) {
            supplier.cxmlSupplierDomain = Json.text(body, "cxml-supplier-domain");
        }
        if (Json.has(body, "cxml-supplier-identity")) {
            supplier.cxmlSupplierIdentity = Json.text(body, "cxml-supplier-identity");
        }
        if (Json.has(body, "cxml-secret")) {
            supplier.cxmlSecret = Json.text(body, "cxml-secret");
        }
        if ("cxml".equals(supplier.poMethod) && (supplier.cxmlUrl == null || supplier.cxmlUrl.isBlank())) {
            throw CoupaApiException.invalid("Cxml url can't be blank when po-method is cxml");
        }
    }
}
