package io.procurewire.ordersync.replay;

import io.procurewire.ordersync.delivery.DeliveryScheduler;
import io.procurewire.ordersync.ledger.VersionState;
import io.procurewire.ordersync.pull.PullRunner;
import io.procurewire.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Runs, the ledger's POs and their versions, and the actions on them (run now, retry now, re-send a version). */
@Path("/api/integrations/{code}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "viewer"})
public class LedgerResource {

    private final LedgerQueries queries;
    private final ReplayService replay;
    private final PullRunner runner;
    private final DeliveryScheduler delivery;

    LedgerResource(LedgerQueries queries, ReplayService replay, PullRunner runner, DeliveryScheduler delivery) {
        this.queries = queries;
        this.replay = replay;
        this.runner = runner;
        this.delivery = delivery;
    }

    /** Runs the pull now, in this request, and answers the finished run (409 while another run is going). */
    @POST
    @Path("/runs")
    @RolesAllowed("admin")
    public LedgerQueries.RunView runNow(@PathParam("code") String code) {
        return LedgerQueries.RunView.of(runner.run(code, "manual"));
    }

    @GET
    @Path("/runs")
    public List<LedgerQueries.RunView> runs(@PathParam("code") String code, @QueryParam("limit") @DefaultValue("50") int limit) {
        return queries.runs(code, Math.min(Math.max(limit, 1), 500));
    }

    /** Delivers every PO with work due now (pushed POs, expired back-offs), across integrations. */
    @POST
    @Path("/deliveries")
    @RolesAllowed("admin")
    public Map<String, Integer> deliverNow(@PathParam("code") String code) {
        LedgerQueries.integration(code);
        return Map.of("processed", delivery.deliverDue());
    }

    @GET
    @Path("/orders")
    public List<Map<String, Object>> orders(@PathParam("code") String code, @QueryParam("state") String state,
                                            @QueryParam("limit") @DefaultValue("200") int limit) {
        if (state != null && Arrays.stream(VersionState.values()).noneMatch(s -> s.name().equals(state))) {
            throw ProblemException.badRequest("state must be one of " + Arrays.toString(VersionState.values()));
        }
        return queries.orders(code, state, Math.min(Math.max(limit, 1), 1000));
    }

    @GET
    @Path("/orders/{poNumber}")
    public LedgerQueries.OrderView order(@PathParam("code") String code, @PathParam("poNumber") String poNumber) {
        return queries.order(code, poNumber);
    }

    @GET
    @Path("/dead-letters")
    public List<LedgerQueries.DeadLetter> deadLetters(@PathParam("code") String code) {
        return queries.deadLetters(code);
    }

    @POST
    @Path("/orders/{poNumber}/retry")
    @RolesAllowed("admin")
    public LedgerQueries.OrderView retry(@PathParam("code") String code, @PathParam("poNumber") String poNumber) {
        return replay.retryNow(code, poNumber);
    }

    @POST
    @Path("/orders/{poNumber}/versions/{revision}/resend")
    @RolesAllowed("admin")
    public LedgerQueries.OrderView resend(@PathParam("code") String code, @PathParam("poNumber") String poNumber,
                                          @PathParam("revision") int revision) {
        return replay.resend(code, poNumber, revision);
    }
}
