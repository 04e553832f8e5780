package io.procurewire.catalog.sync;

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

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Sync targets, on-demand runs, run reports, retries of failed items, alerts. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class SyncResource {

    static final String DEFAULT_SCOPE = "core.catalog.read core.catalog.write";
    private final SyncRunner runner;

    SyncResource(SyncRunner runner) {
        this.runner = runner;
    }

    @POST
    @Path("/sync-targets")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response create(SyncTargetData data) {
        validate(data);
        if (SyncTarget.count("buyerCode = ?1 and baseUrl = ?2 and supplierNumber = ?3", data.buyerCode(), data.baseUrl(),
                data.supplierNumber()) > 0) {
            throw ProblemException.conflict("a sync target for buyer " + data.buyerCode() + ", " + data.baseUrl()
                    + " and supplier " + data.supplierNumber() + " exists already");
        }
        SyncTarget target = new SyncTarget();
        copy(data, target);
        target.createdAt = Instant.now();
        target.persist();
        return Response.created(UriBuilder.fromPath("/api/sync-targets/{id}").build(target.id))
                .entity(SyncViews.TargetView.of(target)).build();
    }

    @GET
    @RolesAllowed({"admin", "reviewer", "viewer"})
    @Path("/sync-targets")
    public List<SyncViews.TargetView> list() {
        return SyncTarget.<SyncTarget>list("order by id").stream().map(SyncViews.TargetView::of).toList();
    }

    @GET
    @RolesAllowed({"admin", "reviewer", "viewer"})
    @Path("/sync-targets/{id}")
    public SyncViews.TargetView get(@PathParam("id") long id) {
        return SyncViews.TargetView.of(target(id));
    }

    @PUT
    @Path("/sync-targets/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public SyncViews.TargetView update(@PathParam("id") long id, SyncTargetData data) {
        validate(data);
        SyncTarget target = target(id);
        copy(data, target);
        return SyncViews.TargetView.of(target);
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
        t.baseUrl = d.baseUrl().endsWith("/") ? d.baseUrl().substring(0, d.baseUrl().length() - 1) : d.baseUrl();
        t.clientId = d.clientId();
        t.secretRef = d.secretRef();
        t.scope = d.scope() == null || d.scope().isBlank() ? DEFAULT_SCOPE : d.scope();
        t.supplierNumber = d.supplierNumber();
        t.scheduleEnabled = d.scheduleEnabled() == null || d.scheduleEnabled();
        t.alertWebhookUrl = d.alertWebhookUrl() == null || d.alertWebhookUrl().isBlank() ? null : d.alertWebhookUrl();
    }

    private static void validate(SyncTargetData d) {
        if (d == null) {
            throw ProblemException.badRequest("a JSON body is required");
        }
        List<Map<String, String>> errors = new ArrayList<>();
        if (blank(d.buyerCode())) {
            errors.add(Map.of("field", "buyerCode", "message", "is required"));
        }
        if (!httpUrl(d.baseUrl())) {
            errors.add(Map.of("field", "baseUrl", "message", "must be an absolute http(s) URL"));
        }
        if (blank(d.clientId())) {
            errors.add(Map.of("field", "clientId", "message", "is required"));
        }
        if (d.secretRef() == null || !d.secretRef().matches("[a-z0-9][a-z0-9-]{0,99}")) {
            errors.add(Map.of("field", "secretRef", "message",
                    "is required: lower-case letters, digits and '-' (names procurewire.catalog.sync-secret.<secretRef>)"));
        }
        if (blank(d.supplierNumber())) {
            errors.add(Map.of("field", "supplierNumber", "message", "is required"));
        }
        if (d.alertWebhookUrl() != null && !d.alertWebhookUrl().isBlank() && !httpUrl(d.alertWebhookUrl())) {
            errors.add(Map.of("field", "alertWebhookUrl", "message", "must be an absolute http(s) URL"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "Bad Request", "The sync target is not valid: " + errors.size()
                    + " problem(s)", null, Map.of("errors", errors));
        }
    }

    private static boolean httpUrl(String value) {
        try {
            URI uri = URI.create(value);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
