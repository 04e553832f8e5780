package io.procurewire.invoice.intake;

import io.procurewire.invoice.matching.Invoice;
import io.procurewire.invoice.matching.MatchResult;
import io.procurewire.invoice.rematch.MatchRunner;
import io.procurewire.invoice.review.Reviews;
import io.procurewire.problem.ProblemException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.LockModeType;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Invoices as JSON (the supplier's billing system, a marketplace). {@code Idempotency-Key} carries the payloadID of
 * the submission: the same key again answers the stored invoice (200) instead of creating one (201).
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Path("/api/invoices")
@RolesAllowed("admin")
public class InvoiceResource {

    private final InvoiceIntake intake;
    private final MatchRunner runner;
    private final Reviews reviews;

    public InvoiceResource(InvoiceIntake intake, MatchRunner runner, Reviews reviews) {
        this.intake = intake;
        this.runner = runner;
        this.reviews = reviews;
    }

    @POST
    public Response submit(Invoice invoice, @HeaderParam("Idempotency-Key") String payloadId) {
        try {
            InvoiceIntake.Received received = intake.receive(invoice, blank(payloadId), "api");
            InvoiceView view = view(received.invoice().id);
            return received.outcome() == InvoiceIntake.Outcome.CREATED
                    ? Response.created(URI.create("/api/invoices/" + view.id())).entity(view).build()
                    : Response.ok(view).build();
        } catch (InvoiceIntake.InvalidInvoice e) {
            throw ProblemException.unprocessable("The invoice cannot be accepted: " + e.getMessage(),
                    Map.of("errors", e.problems));
        } catch (InvoiceIntake.DuplicateInvoice e) {
            throw new ProblemException(409, "Conflict", e.getMessage(), null,
                    Map.of("code", "DUPLICATE_INVOICE_NUMBER", "existingInvoiceId", e.existingId));
        }
    }

    /**
     * A corrected document for invoice {@code id} (same supplier and number): while the invoice is not final it
     * becomes a new revision and is matched again at once (200 with the new revision); the same content again is a
     * replay (200, no new revision); a final invoice is 409 {@code code: INVOICE_FINAL}, stored data unchanged.
     */
    @PUT
    @Path("/{id}")
    public Response correct(@PathParam("id") long id, Invoice invoice, @HeaderParam("Idempotency-Key") String payloadId,
                            @Context SecurityContext security) {
        try {
            InvoiceIntake.Received received = intake.correct(id, invoice, blank(payloadId), "api",
                    security.getUserPrincipal().getName());
            return Response.ok(view(received.invoice().id)).build();
        } catch (InvoiceIntake.InvalidInvoice e) {
            throw ProblemException.unprocessable("The correction cannot be accepted: " + e.getMessage(),
                    Map.of("errors", e.problems));
        } catch (InvoiceIntake.NotFound e) {
            throw ProblemException.notFound("invoice", id);
        } catch (InvoiceIntake.FinalInvoice e) {
            throw finalInvoice(e);
        }
    }

    /** Cancels a not yet final invoice (reason required); cancelling it again answers it unchanged. */
    @POST
    @Path("/{id}/cancel")
    public InvoiceView cancel(@PathParam("id") long id, DecisionRequest request, @Context SecurityContext security) {
        if (request == null || request.reason() == null || request.reason().isBlank()) {
            throw ProblemException.badRequest("cancelling an invoice needs a reason");
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                InvoiceRecord record = InvoiceRecord.findById(id, LockModeType.PESSIMISTIC_WRITE);
                if (record == null) {
                    throw ProblemException.notFound("invoice", id);
                }
                intake.cancel(record, request.reason(), security.getUserPrincipal().getName());
                return InvoiceView.of(record, runner.document(record));
            });
        } catch (InvoiceIntake.FinalInvoice e) {
            throw finalInvoice(e);
        }
    }

    /** Every revision of the invoice, oldest first; the last one is the current document. */
    @GET
    @Path("/{id}/revisions")
    @RolesAllowed({"admin", "reviewer", "viewer"})
    @Transactional
    public List<RevisionView> revisions(@PathParam("id") long id) {
        return RevisionView.of(find(id), runner);
    }

    private static ProblemException finalInvoice(InvoiceIntake.FinalInvoice e) {
        return new ProblemException(409, "Conflict", e.getMessage(), null,
                Map.of("code", "INVOICE_FINAL", "invoiceId", e.existingId, "status", e.status));
    }

    @GET
    @RolesAllowed({"admin", "reviewer", "viewer"})
    @Transactional
    public List<InvoiceView> list(@QueryParam("status") String status, @QueryParam("supplier") String supplier) {
        List<InvoiceRecord> records = InvoiceRecord.<InvoiceRecord>list(
                "(?1 is null or status = ?1) and (?2 is null or supplier = ?2) order by id", status, supplier);
        return records.stream().limit(500).map(r -> InvoiceView.of(r, runner.document(r))).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"admin", "reviewer", "viewer"})
    public InvoiceView get(@PathParam("id") long id) {
        return view(id);
    }

    /** Re-runs the match now (after an admin fixed PO data or tolerances); the outcome is in the audit trail. */
    @POST
    @Path("/{id}/rematch")
    @Transactional
    public InvoiceView rematch(@PathParam("id") long id) {
        InvoiceRecord record = find(id);
        if (!MatchRunner.OPEN_STATUSES.contains(record.status)) {
            throw ProblemException.conflict("invoice " + id + " is " + record.status + " and is not matched again");
        }
        MatchResult ignored = runner.run(record, "re-match requested");
        return InvoiceView.of(record, runner.document(record));
    }

    public record DecisionRequest(String reason) {
    }

    /** A reviewer accepts an invoice in exception; the reason is required and kept in the audit trail. */
    @POST
    @Path("/{id}/accept")
    @RolesAllowed("reviewer")
    public InvoiceView accept(@PathParam("id") long id, DecisionRequest request, @Context SecurityContext security) {
        return reviews.accept(id, request == null ? null : request.reason(), security.getUserPrincipal().getName());
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed("reviewer")
    public InvoiceView reject(@PathParam("id") long id, DecisionRequest request, @Context SecurityContext security) {
        return reviews.reject(id, request == null ? null : request.reason(), security.getUserPrincipal().getName());
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed({"admin", "reviewer", "viewer"})
    public List<Reviews.DecisionView> audit(@PathParam("id") long id) {
        return reviews.audit(id);
    }

    /**
     * Called from the endpoints above, through the bean's interceptors (ArC intercepts self-invocation): without its
     * own roles it would take the class's {@code admin} and refuse viewers on {@code GET /api/invoices/{id}}.
     */
    @Transactional
    @RolesAllowed({"admin", "reviewer", "viewer"})
    InvoiceView view(long id) {
        InvoiceRecord record = find(id);
        return InvoiceView.of(record, runner.document(record));
    }

    static InvoiceRecord find(long id) {
        InvoiceRecord record = InvoiceRecord.findById(id);
        if (record == null) {
            throw ProblemException.notFound("invoice", id);
        }
        return record;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
