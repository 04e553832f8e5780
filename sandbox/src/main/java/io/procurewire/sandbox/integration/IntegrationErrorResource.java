package io.procurewire.sandbox.integration;

import com.fasterxml.jackson.databind.JsonNode;
import io.procurewire.sandbox.api.CoupaApiException;
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

/** /api/integration_errors: create, create_alert, index, show, update, resolve, unresolve. */
@Path("/api/integration_errors")
@PermitAll // Core API: its own OAuth2 bearer tokens and scopes (ApiAuthFilter) authenticate each call.
public class IntegrationErrorResource {

    private static final CoupaRepresentation REPRESENTATION = new CoupaRepresentation("integration-error", "integration-errors");
    private static final CoupaQuery QUERY = new CoupaQuery(Map.of(
            "id", new CoupaQuery.Attribute("e.id", CoupaQuery.Type.LONG),
            "document-type", new CoupaQuery.Attribute("e.documentType", CoupaQuery.Type.STRING),
            "document-id", new CoupaQuery.Attribute("e.documentId", CoupaQuery.Type.LONG),
            "resolved", new CoupaQuery.Attribute("e.resolved", CoupaQuery.Type.BOOLEAN),
            "integration-run[id]", new CoupaQuery.Attribute("e.integrationRunId", CoupaQuery.Type.LONG),
            "created-at", new CoupaQuery.Attribute("e.createdAt", CoupaQuery.Type.TIMESTAMP),
            "updated-at", new CoupaQuery.Attribute("e.updatedAt", CoupaQuery.Type.TIMESTAMP)));

    @GET
    @Transactional
    public Response index(@Context UriInfo uri, @Context HttpHeaders headers, @QueryParam("fields") String fields,
                          @QueryParam("return_object") String returnObject) {
        CoupaQuery.Built q = QUERY.build(uri.getQueryParameters());
        return REPRESENTATION.many(IntegrationError.<IntegrationError>find("from IntegrationError e where "
                        + q.condition() + " order by e.id", q.parameters()).range(q.offset(), q.offset() + q.limit() - 1)
                .list().stream().map(IntegrationError::representation).toList(), headers, fields, returnObject);
    }

    @GET
    @Path("/{id}")
    @Transactional
    public Response show(@PathParam("id") long id, @Context HttpHeaders headers, @QueryParam("fields") String fields,
                         @QueryParam("return_object") String returnObject) {
        return REPRESENTATION.one(find(id).representation(), headers, fields, returnObject);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response create(JsonNode body, @Context HttpHeaders headers, @QueryParam("fields") String fields,
                           @QueryParam("return_object") String returnObject) {
        return REPRESENTATION.one(201, error(body, false).representation(), headers, fields, returnObject);
    }

    @POST
    @Path("/create_alert")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response createAlert(JsonNode body, @Context HttpHeaders headers, @QueryParam("fields") String fields,
                                @QueryParam("return_object") String returnObject) {
        return REPRESENTATION.one(201, error(body, true).representation(), headers, fields, returnObject);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response update(@PathParam("id") long id, JsonNode body, @Context HttpHeaders headers,
                           @QueryParam("fields") String fields, @QueryParam("return_object") String returnObject) {
        IntegrationError error = find(id);
        if (Json.has(body, "response-body")) {
            error.responseBody = Json.text(body, "response-body");
        }
        if (Json.has(body, "response-code")) {
            error.responseCode = Json.text(body, "response-code");
        }
        error.updatedAt = Timestamps.now();
        return REPRESENTATION.one(error.representation(), headers, fields, returnObject);
    }

    @PUT
    @Path("/{id}/{transition: resolve|unresolve}")
    @Transactional
    public Response resolve(@PathParam("id") long id, @PathParam("transition") String transition,
                            @Context HttpHeaders headers, @QueryParam("fields") String fields,
                            @QueryParam("return_object") String returnObject) {
        IntegrationError error = find(id);
        error.resolved = "resolve".equals(transition);
        error.updatedAt = Timestamps.now();
        return REPRESENTATION.one(error.representation(), headers, fields, returnObject);
    }

    private static IntegrationError error(JsonNode body, boolean alert) {
        IntegrationError error = new IntegrationError();
        error.documentType = Json.text(body, "document-type");
        String documentId = Json.text(body, "document-id");
        try {
            error.documentId = documentId == null ? null : Long.valueOf(documentId);
        } catch (NumberFormatException e) {
            throw CoupaApiException.invalid("document-id must be a number");
        }
        error.responseCode = Json.text(body, "response-code");
        error.responseBody = Json.text(body, "response-body");
        if (error.responseBody == null && error.responseCode == null) {
            throw CoupaApiException.invalid("response-code or response-body is required");
        }
        error.integrationRunId = IntegrationRunResource.runReference(body);
        error.alerted = alert;
        error.persist();
        return error;
    }

    static IntegrationError find(long id) {
        IntegrationError error = IntegrationError.findById(id);
        if (error == null) {
            throw CoupaApiException.notFound("IntegrationError", id);
        }
        return error;
    }
}
