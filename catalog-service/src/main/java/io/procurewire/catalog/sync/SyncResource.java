package io.procurewire.catalog.sync;

import io.procurewire.catalog.CatalogConfig;
import io.procurewire.problem.ProblemException;
import jakarta.transaction.Transactional;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Sync targets, on-demand runs, run reports, retries of failed items, alerts. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class SyncResource {

    static final String DEFAULT_SCOPE = "core.catalog.read core.catalog.write";
    private final SyncRunner runner;
    private final CatalogConfig config;

    SyncResource(SyncRunner runner, CatalogConfig config) {
        this.runner = runner;
        this.config = config;
    }

    @POST
    @Path("/sync-targets")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response create(SyncTargetData data) {
        validate(data);
        if (SyncTarget.count("buyerCode = ?1 and platform = ?2 and supplierNumber = ?3", data.buyerCode(),
                data.platform(), data.supplierNumber()) > 0) {
            throw ProblemException.conflict("a sync target for buyer " + data.buyerCode() + ", platform "
                    + data.platform() + " and supplier " + data.supplierNumber() + " exists already");
        }
        SyncTarget target = new SyncTarget();
        copy(data, target);
        target.createdAt = Instant.now();
        target.persist();
        return Response.created(UriBuilder.fromPath("/api/sync-targets/{id}").build(target.id))
                .entity(SyncViews.TargetView.of(target, config)).build();
    }

    @GET
    @RolesAllowed({"admin", "reviewer", "viewer"})
    @Path("/sync-targets")
    public List<SyncViews.TargetView> list() {
        return SyncTarget.<SyncTarget>list("order by id").stream().map(t -> SyncViews.TargetView.of(t, config)).toList();
    }

    @GET
    @RolesAllowed({"admin", "reviewer", "viewer"})
    @Path("/sync-targets/{id}")
    public SyncViews.TargetView get(@PathParam("id") long id) {
        return SyncViews.TargetView.of(target(id), config);
    }

    @PUT
    @Path("/sync-targets/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public SyncViews.TargetView update(@PathParam("id") long id, SyncTargetData data) {
        validate(data);
        SyncTarget target = target(id);
        copy(data, target);
        return SyncViews.TargetView.of(target, config);
    }

    @DELETE
    @Path("/sync-targets/{id}")
    @Transactional
    public Response delete(@PathParam("id") long id) {
        target(id).delete();
        return Response.noContent().build();
    }

    /** Starts a sync now; 202 with the run (poll GET /api/sync-runs/{id}), 409 if one is under way. */
    @POST
    @Path("/sync-targets/{id}/runs")
    public Response run(@PathParam("id") long id) {
        SyncRun run = runner.start(id, SyncRun.Trigger.MANUAL, null);
        runner.executeInBackground(run.id);
        return accepted(run);
    }

    @GET
    @RolesAllowed({"admin", "reviewer", "viewer"})
    @Path("/sync-targets/{id}/runs")
    public List<SyncViews.RunView> runs(@PathParam("id") long id) {
        target(id);
        return SyncRun.<SyncRun>list("targetId = ?1 order by id desc", id).stream()
                .map(r -> SyncViews.RunView.of(r, null)).toList();
    }

    /** The run's summary and what happened to each pushed item. */
    @GET
    @RolesAllowed({"admin", "reviewer", "viewer"})
    @Path("/sync-runs/{id}")
    public SyncViews.RunView runReport(@PathParam("id") long id) {
        SyncRun run = SyncRun.findById(id);
        if (run == null) {
            throw ProblemException.notFound("sync run", id);
        }
        return SyncViews.RunView.of(run, SyncItemResult.<SyncItemResult>list("runId = ?1 order by id", id).stream()
                .map(SyncViews.ItemView::of).toList());
    }

    /** Pushes again only the items that failed in that run (their current state, re-compared). */
    @POST
    @Path("/sync-runs/{id}/retry")
    public Response retry(@PathParam("id") long id) {
        SyncRun failedRun = SyncRun.findById(id);
        if (failedRun == null) {
            throw ProblemException.notFound("sync run", id);
        }
        if (failedRun.status != SyncRun.Status.PARTIAL) {
            throw ProblemException.conflict("run " + id + " is " + failedRun.status
                    + "; only a PARTIAL run has failed items to retry (start a new run instead)");
        }
        SyncRun run = runner.start(failedRun.targetId, SyncRun.Trigger.RETRY, id);
        runner.executeInBackground(run.id);
        return accepted(run);
    }

    @GET
    @RolesAllowed({"admin", "reviewer", "viewer"})
    @Path("/sync-alerts")
    public List<SyncViews.AlertView> alerts(@QueryParam("targetId") Long targetId) {
        List<SyncAlert> alerts = targetId == null ? SyncAlert.list("order by id desc")
                : SyncAlert.list("targetId = ?1 order by id desc", targetId);
        return alerts.stream().map(SyncViews.AlertView::of).toList();
    }

    private static Response accepted(SyncRun run) {
        return Response.accepted(SyncViews.RunView.of(run, null))
                .location(UriBuilder.fromPath("/api/sync-runs/{id}").build(run.id)).build();
    }

    private static SyncTarget target(long id) {
        SyncTarget target = SyncTarget.findById(id);
        if (target == null) {
            throw ProblemException.notFound("sync target", id);
        }
        return target;
    }

    private static void copy(SyncTargetData d, SyncTarget t) {
        t.buyerCode = d.buyerCode();
        t.contractCode = d.contractCode() == null || d.contractCode().isBlank() ? null : d.contractCode();
        t.platform = d.platform();
        t.scope = d.scope() == null || d.scope().isBlank() ? DEFAULT_SCOPE : d.scope();
        t.supplierNumber = d.supplierNumber();
        t.scheduleEnabled = d.scheduleEnabled() == null || d.scheduleEnabled();
    }

    private void validate(SyncTargetData d) {
        if (d == null) {
            throw ProblemException.badRequest("a JSON body is required");
        }
        List<Map<String, String>> errors = new ArrayList<>();
        if (blank(d.buyerCode())) {
            errors.add(Map.of("field", "buyerCode", "message", "is required"));
        }
        if (blank(d.platform())) {
            errors.add(Map.of("field", "platform", "message", "is required: the name of a configured buyer platform ("
                    + configuredPlatforms() + ")"));
        } else if (!config.platforms().containsKey(d.platform())) {
            errors.add(Map.of("field", "platform", "message", "'" + d.platform() + "' is not a configured buyer platform ("
                    + configuredPlatforms() + "); platforms are set in procurewire.catalog.platforms.<name>.*"));
        }
        if (blank(d.supplierNumber())) {
            errors.add(Map.of("field", "supplierNumber", "message", "is required"));
        }
        // where a secret goes is configuration only: a request never names a URL, client, secret or webhook
        Map<String, String> configurationOnly = new TreeMap<>();
        configurationOnly.put("alertWebhookUrl", d.alertWebhookUrl() == null ? null : "alert-webhook-url");
        configurationOnly.put("baseUrl", d.baseUrl() == null ? null : "base-url");
        configurationOnly.put("clientId", d.clientId() == null ? null : "client-id");
        configurationOnly.put("secretRef", d.secretRef() == null ? null : "client-secret");
        configurationOnly.forEach((field, key) -> {
            if (key != null) {
                errors.add(Map.of("field", field, "message", "is configuration, not part of a sync target: set "
                        + "procurewire.catalog.platforms.<platform>." + key));
            }
        });
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "Bad Request", "The sync target is not valid: " + errors.size()
                    + " problem(s)", null, Map.of("errors", errors));
        }
    }

    private String configuredPlatforms() {
        return config.platforms().isEmpty() ? "none is configured" : "configured: "
                + String.join(", ", new TreeSet<>(config.platforms().keySet()));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
