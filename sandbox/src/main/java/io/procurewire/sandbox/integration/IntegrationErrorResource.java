package io.procurewire.sandbox.integration;

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

/** /api/integration_errors: create, create_alert, index, show, update, resolve, unresolve. */
@Path("/api/integration_errors")
@PermitAll // Core API: its own OAuth2 bearer tokens and scopes (ApiAuthFilter) authenticate each call.
public class IntegrationErrorResource {

    private static final CoupaCollection<IntegrationError> ERRORS = new CoupaCollection<>("IntegrationError",
            new CoupaRepresentation("integration-error", "integration-errors"), new CoupaQuery(Map.of(
            "id", new CoupaQuery.Attribute("e.id", CoupaQuery.Type.LONG),
            "document-type", new CoupaQuery.Attribute("e.documentType", CoupaQuery.Type.STRING),
            "document-id", new CoupaQuery.Attribute("e.documentId", CoupaQuery.Type.LONG),
            "resolved", new CoupaQuery.Attribute("e.resolved", CoupaQuery.Type.BOOLEAN),
            "integration-run[id]", new CoupaQuery.Attribute("e.integrationRunId", CoupaQuery.Type.LONG),
            "created-at", new CoupaQuery.Attribute("e.createdAt", CoupaQuery.Type.TIMESTAMP),
            "updated-at", new CoupaQuery.Attribute("e.updatedAt", CoupaQuery.Type.TIMESTAMP))),
            CoupaCollection.jpa(IntegrationError.class, "e"), IntegrationError::representation);

    @GET
    @Transactional
    public Response index(@Context UriInfo uri, @Context HttpHeaders headers, @QueryParam("fields") String fields,
                          @QueryParam("return_object") String returnObject) {
        return ERRORS.index(uri.getQueryParameters(), headers, fields, returnObject);
    }

    @GET
    @Path("/{id}")
    @Transactional
    public Response show(@PathParam("id") long id, @Context HttpHeaders headers, @QueryParam("fields") String fields,
                         @QueryParam("return_object") String returnObject) {
        return ERRORS.show(id, headers, fields, returnObject);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response create(JsonNode body, @Context HttpHeaders headers, @QueryParam("fields") String fields,
                           @QueryParam("return_object") String returnObject) {
        return ERRORS.render(201, error(body, false), headers, fields, returnObject);
    }

    @POST
    @Path("/create_alert")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response createAlert(JsonNode body, @Context HttpHeaders headers, @QueryParam("fields") String fields,
                                @QueryParam("return_object") String returnObject) {
        return ERRORS.render(201, error(body, true), headers, fields, returnObject);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response update(@PathParam("id") long id, JsonNode body, @Context HttpHeaders headers,
                           @QueryParam("fields") String fields, @QueryParam("return_object") String returnObject) {
        return ERRORS.update(id, error -> {
            if (Json.has(body, "response-body")) {
                error.responseBody = Json.text(body, "response-body");
            }
            if (Json.has(body, "response-code")) {
                error.responseCode = Json.text(body, "response-code");
            }
            error.updatedAt = Timestamps.now();
        }, headers, fields, returnObject);
    }

    @PUT
    @Path("/{id}/{transition: resolve|unresolve}")
    @Transactional
    public Response resolve(@PathParam("id") long id, @PathParam("transition") String transition,
                            @Context HttpHeaders headers, @QueryParam("fields") String fields,
                            @QueryParam("return_object") String returnObject) {
        return ERRORS.update(id, error -> {
            error.resolved = "resolve".equals(transition);
            error.updatedAt = Timestamps.now();
        }, headers, fields, returnObject);
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
}
