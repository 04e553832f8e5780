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
import java.util.Set;

/** /api/integration_runs: create (pending), run, success, fail, pause, pending, update counts, index, show. */
@Path("/api/integration_runs")
@PermitAll // Core API: its own OAuth2 bearer tokens and scopes (ApiAuthFilter) authenticate each call.
public class IntegrationRunResource {

    private static final CoupaCollection<IntegrationRun> RUNS = new CoupaCollection<>("IntegrationRun",
            new CoupaRepresentation("integration-run", "integration-runs"), new CoupaQuery(Map.of(
            "id", new CoupaQuery.Attribute("r.id", CoupaQuery.Type.LONG),
            "status", new CoupaQuery.Attribute("r.status", CoupaQuery.Type.STRING),
            "integration[code]", new CoupaQuery.Attribute("r.integrationCode", CoupaQuery.Type.STRING),
            "created-at", new CoupaQuery.Attribute("r.createdAt", CoupaQuery.Type.TIMESTAMP),
            "updated-at", new CoupaQuery.Attribute("r.updatedAt", CoupaQuery.Type.TIMESTAMP))),
            CoupaCollection.jpa(IntegrationRun.class, "r"), IntegrationRun::representation);

    @GET
    @Transactional
    public Response index(@Context UriInfo uri, @Context HttpHeaders headers, @QueryParam("fields") String fields,
                          @QueryParam("return_object") String returnObject) {
        return RUNS.index(uri.getQueryParameters(), headers, fields, returnObject);
    }

    @GET
    @Path("/{id}")
    @Transactional
    public Response show(@PathParam("id") long id, @Context HttpHeaders headers, @QueryParam("fields") String fields,
                         @QueryParam("return_object") String returnObject) {
        return RUNS.show(id, headers, fields, returnObject);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response create(JsonNode body, @Context HttpHeaders headers, @QueryParam("fields") String fields,
                           @QueryParam("return_object") String returnObject) {
        IntegrationRun run = new IntegrationRun();
        run.integrationCode = Json.requiredText(body, "integration", "code");
        run.status = "pending";
        apply(run, body);
        run.persist();
        return RUNS.render(201, run, headers, fields, returnObject);
    }

    @PUT
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Transactional
    public Response update(@PathParam("id") long id, JsonNode body, @Context HttpHeaders headers,
                           @QueryParam("fields") String fields, @QueryParam("return_object") String returnObject) {
        return RUNS.update(id, run -> {
            apply(run, body);
            run.updatedAt = Timestamps.now();
        }, headers, fields, returnObject);
    }

    @PUT
    @Path("/{id}/{transition: run|success|fail|pause|pending}")
    @Transactional
    public Response transition(@PathParam("id") long id, @PathParam("transition") String transition,
                               @Context HttpHeaders headers, @QueryParam("fields") String fields,
                               @QueryParam("return_object") String returnObject) {
        return RUNS.update(id, run -> transition(run, transition), headers, fields, returnObject);
    }

    private static void transition(IntegrationRun run, String transition) {
        String target = switch (transition) {
            case "run" -> "started";
            case "success" -> "successful";
            case "fail" -> "failed";
            case "pause" -> "paused";
            default -> "pending";
        };
        if (Set.of("successful", "failed").contains(run.status)) {
            throw CoupaApiException.invalid("Integration run " + run.id + " has already ended as " + run.status);
        }
        if (Set.of("successful").contains(target) && !"started".equals(run.status)) {
            throw CoupaApiException.invalid("Only a started integration run can succeed; this one is " + run.status);
        }
        run.status = target;
        if ("started".equals(target) && run.startedAt == null) {
            run.startedAt = Timestamps.now();
        }
        if (Set.of("successful", "failed").contains(target)) {
            run.endedAt = Timestamps.now();
        }
        run.updatedAt = Timestamps.now();
    }

    private static void apply(IntegrationRun run, JsonNode body) {
        if (body == null) {
            return;
        }
        if (Json.has(body, "total-records")) {
            run.totalRecords = Json.integer(body, "total-records");
        }
        if (Json.has(body, "success-count")) {
            run.successCount = Json.integer(body, "success-count");
        }
        if (Json.has(body, "error-count")) {
            run.errorCount = Json.integer(body, "error-count");
        }
        if (Json.has(body, "notes")) {
            run.notes = Json.text(body, "notes");
        }
    }

    static Long runReference(JsonNode body) {
        Long runId = Json.text(body, "integration-run", "id") == null ? null : Long.valueOf(Json.text(body, "integration-run", "id"));
        if (runId != null) {
            RUNS.find(runId);
        }
        return runId;
    }
}
