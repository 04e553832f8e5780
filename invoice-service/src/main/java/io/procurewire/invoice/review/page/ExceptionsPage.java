package io.procurewire.invoice.review.page;

import io.procurewire.problem.SameOriginForms;
import io.procurewire.invoice.review.Reviews;
import io.procurewire.problem.ProblemException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The reviewer's server-rendered exceptions pages (no JavaScript): the queue of invoices in exception, filterable by
 * reason and buyer, and per invoice its PO lines, receipts and invoice lines side by side with every open breach
 * highlighted, with accept (reason required) and reject forms. The forms go through {@link Reviews}, the same
 * decisions and audit trail as the JSON API, and are refused unless the browser says they come from this page's own
 * origin ({@link SameOriginForms}). Reviewer role only.
 */
@Path("/review")
@RolesAllowed("reviewer")
public class ExceptionsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(ExceptionViews.Queue queue, String message);

        static native TemplateInstance detail(ExceptionViews.Detail invoice, String message);
    }

    private final ExceptionViews views;
    private final Reviews reviews;

    ExceptionsPage(ExceptionViews views, Reviews reviews) {
        this.views = views;
        this.reviews = reviews;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance queue(@QueryParam("reason") String reason, @QueryParam("buyer") String buyer,
                                  @QueryParam("message") String message) {
        return Templates.queue(views.queue(reason, buyer), message);
    }

    @GET
    @Path("/invoices/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance detail(@PathParam("id") long id, @QueryParam("message") String message) {
        return Templates.detail(views.detail(id), message);
    }

    @POST
    @Path("/invoices/{id}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@PathParam("id") long id, @FormParam("reason") String reason,
                           @Context HttpHeaders headers, @Context SecurityContext security) {
        SameOriginForms.require(headers);
        return decide(id, () -> reviews.accept(id, reason, security.getUserPrincipal().getName()), "Accepted");
    }

    @POST
    @Path("/invoices/{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@PathParam("id") long id, @FormParam("reason") String reason,
                           @Context HttpHeaders headers, @Context SecurityContext security) {
        SameOriginForms.require(headers);
        return decide(id, () -> reviews.reject(id, reason, security.getUserPrincipal().getName()), "Rejected");
    }

    /** After a decision: back to the queue with a message; after a refused one: back to the invoice with the reason. */
    private Response decide(long id, Runnable decision, String done) {
        try {
            decision.run();
            return Response.seeOther(URI.create("/review?message=" + encode(done + " invoice " + id))).build();
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            return Response.seeOther(URI.create("/review/invoices/" + id + "?message=" + encode(e.getMessage()))).build();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
