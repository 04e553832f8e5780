package io.procurewire.sandbox.integration;

import com.fasterxml.jackson.databind.JsonNode;
import io.procurewire.sandbox.api.CoupaApiException;
import io.procurewire.sandbox.api.CoupaCollection;
import io.procurewire.sandbox.api.CoupaQuery;
import io.procurewire.sandbox.api.CoupaRepresentation;
import io.procurewire.sandbox.api.Json;
import io.procurewire.sandbox.api.Timestamps;
import io.procurewire.sandbox.po.PurchaseOrders;
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

/**
 * /api/integration_history_records: create, create_alert, mark_exported, create_alert_and_mark_exported, index
 * (e.g. unresolved per document: document-type=OrderHeader&document-id=12&resolved=false), show, update (resolve
 * with {"resolved":true}).
 */
@Path("/api/integration_history_records")
@PermitAll // Core API: its own OAuth2 bearer tokens and scopes (ApiAuthFilter) authenticate each call.
public class IntegrationHistoryRecordResource {

    private static final CoupaCollection<IntegrationHistoryRecord> RECORDS = new CoupaCollection<>(
            "IntegrationHistoryRecord",
            new CoupaRepresentation("integration-history-record", "integration-history-records"), new CoupaQuery(Map.of(
            "id", new CoupaQuery.Attribute("h.id", CoupaQuery.Type.LONG),
            "document-type", new CoupaQuery.Attribute("h.documentType", CoupaQuery.Type.STRING),
            "document-id", new CoupaQuery.Attribute("h.documentId", CoupaQuery.Type.LONG),
            "status", new CoupaQuery.Attribute("h.status", CoupaQuery.Type.STRING),
            "resolved", new CoupaQuery.Attribute("h.resolved", CoupaQuery.Type.BOOLEAN),
            "response-code", new CoupaQuery.Attribute("h.responseCode", CoupaQuery.Type.STRING),
            "integration-run[id]", new CoupaQuery.Attribute("h.integrationRunId", CoupaQuery.Type.LONG),
            "created-at", new CoupaQuery.Attribute("h.createdAt", CoupaQuery.Type.TIMESTAMP),
            "updated-at", new CoupaQuery.Attribute("h.updatedAt", CoupaQuery.Type.TIMESTAMP))),
            CoupaCollection.jpa(IntegrationHistoryRecord.class, "h"), IntegrationHistoryRecord::representation);

    private final PurchaseOrders orders;

    public IntegrationHistoryRecordResource(PurchaseOrders orders) {
        this.orders = orders;
    }

    @GET
    @Transactional
    public Response index(@Context UriInfo uri, @Context HttpHeaders headers, @QueryParam("fields") String fields,
                          @QueryParam("return_object") String returnObject) {
        return RECORDS.index(uri.getQueryParameters(), headers, fields, returnObject);
    }

    @GET
    @Path("/{id}")
    @Transactional
    public Response show(@PathParam("id") long id, @Context HttpHeaders headers, @QueryParam("fields") String fields,
                         @QueryParam("return_object") String returnObject) {
        return RECORDS.show(id, headers, fields, returnObject);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response create(JsonNode body, @Context HttpHeaders headers, @QueryParam("fields") String fields,
                           @QueryParam("return_object") String returnObject) {
        return RECORDS.render(201, record(body, false), headers, fields, returnObject);
    }

    @POST
    @Path("/create_alert")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response createAlert(JsonNode body, @Context HttpHeaders headers, @QueryParam("fields") String fields,
                                @QueryParam("return_object") String returnObject) {
        return RECORDS.render(201, record(body, true), headers, fields, returnObject);
    }

    @POST
    @Path("/mark_exported")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response markExported(JsonNode body, @Context HttpHeaders headers, @QueryParam("fields") String fields,
                                 @QueryParam("return_object") String returnObject) {
        IntegrationHistoryRecord record = record(body, false);
        markDocumentExported(record);
        return RECORDS.render(201, record, headers, fields, returnObject);
    }

    @POST
    @Path("/create_alert_and_mark_exported")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response createAlertAndMarkExported(JsonNode body, @Context HttpHeaders headers,
                                               @QueryParam("fields") String fields,
                                               @QueryParam("return_object") String returnObject) {
        IntegrationHistoryRecord record = record(body, true);
        markDocumentExported(record);
        return RECORDS.render(201, record, headers, fields, returnObject);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response update(@PathParam("id") long id, JsonNode body, @Context HttpHeaders headers,
                           @QueryParam("fields") String fields, @QueryParam("return_object") String returnObject) {
        return RECORDS.update(id, record -> {
            if (Json.bool(body, "resolved") != null) {
                record.resolved = Json.bool(body, "resolved");
            }
            if (Json.has(body, "response-message")) {
                record.responseMessage = Json.text(body, "response-message");
            }
            record.updatedAt = Timestamps.now();
        }, headers, fields, returnObject);
    }

    private void markDocumentExported(IntegrationHistoryRecord record) {
        if (!"OrderHeader".equals(record.documentType)) {
            throw CoupaApiException.invalid("mark_exported supports document-type OrderHeader in the sandbox");
        }
        orders.markExported(record.documentId, true);
    }

    private static IntegrationHistoryRecord record(JsonNode body, boolean alert) {
        IntegrationHistoryRecord record = new IntegrationHistoryRecord();
        record.documentType = Json.requiredText(body, "document-type");
        try {
            record.documentId = Long.valueOf(Json.requiredText(body, "document-id"));
        } catch (NumberFormatException e) {
            throw CoupaApiException.invalid("document-id must be a number");
        }
        record.documentRevision = Json.text(body, "document-revision");
        record.documentStatus = Json.text(body, "document-status");
        record.status = Json.text(body, "status") == null ? "success" : Json.text(body, "status");
        record.responseCode = Json.text(body, "response-code");
        record.responseMessage = Json.text(body, "response-message");
        record.contactAlertType = Json.text(body, "contact-alert-type");
        record.integrationRunId = IntegrationRunResource.runReference(body);
        record.alerted = alert;
        record.persist();
        return record;
    }
}
