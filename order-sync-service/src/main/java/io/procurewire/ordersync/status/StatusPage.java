package io.procurewire.ordersync.status;

import io.procurewire.problem.SameOriginForms;
import io.procurewire.ordersync.ledger.VersionState;
import io.procurewire.ordersync.replay.LedgerQueries;
import io.procurewire.ordersync.replay.ReplayService;
import io.procurewire.problem.ProblemException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The server-rendered status page of an integration: runs with counts, PO versions per state, dead letters with
 * their error, and the "retry now" / "re-send this version" forms. Form POSTs are refused unless the browser says
 * they come from this page's own origin ({@link SameOriginForms}), so another site cannot make a logged-in operator's
 * browser trigger them.
 */
@Path("/status/{code}")
@RolesAllowed({"admin", "viewer"})
public class StatusPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(String code, List<LedgerQueries.RunView> runs,
                                            Map<VersionState, Long> counts, List<LedgerQueries.DeadLetter> deadLetters,
                                            List<Map<String, Object>> orders, String message);
    }

    private final LedgerQueries queries;
    private final ReplayService replay;

    StatusPage(LedgerQueries queries, ReplayService replay) {
        this.queries = queries;
        this.replay = replay;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@PathParam("code") String code, @jakarta.ws.rs.QueryParam("message") String message) {
        return Templates.page(code, queries.runs(code, 20), queries.countsPerState(code), queries.deadLetters(code),
                queries.orders(code, null, 100), message);
    }

    @POST
    @Path("/orders/{poNumber}/retry")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("admin")
    public Response retry(@PathParam("code") String code, @PathParam("poNumber") String poNumber,
                          @jakarta.ws.rs.core.Context HttpHeaders headers) {
        SameOriginForms.require(headers);
        return afterAction(code, () -> replay.retryNow(code, poNumber), "Retried " + poNumber);
    }

    @POST
    @Path("/orders/{poNumber}/versions/{revision}/resend")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("admin")
    public Response resend(@PathParam("code") String code, @PathParam("poNumber") String poNumber,
                           @PathParam("revision") int revision, @jakarta.ws.rs.core.Context HttpHeaders headers) {
        SameOriginForms.require(headers);
        return afterAction(code, () -> replay.resend(code, poNumber, revision),
                "Re-sent " + poNumber + " revision " + revision);
    }

    private Response afterAction(String code, Runnable action, String done) {
        String message;
        try {
            action.run();
            message = done;
        } catch (ProblemException e) {
            message = e.getMessage();
        }
        return Response.seeOther(URI.create("/status/" + encode(code) + "?message=" + encode(message))).build();
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
