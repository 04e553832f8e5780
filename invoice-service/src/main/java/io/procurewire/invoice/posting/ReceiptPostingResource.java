package io.procurewire.invoice.posting;

import io.procurewire.invoice.receipt.ReceiptRecord;
import io.procurewire.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Receipts on their way to the buyer platform's receiving transactions: states, retry, a run on demand. */
@Path("/api/receipt-postings")
@Produces(MediaType.APPLICATION_JSON)
public class ReceiptPostingResource {

    /** {@code id}: the posting's (and the receipt row's) id; {@code receiptId}: the receipt's key. */
    public record PostingView(long id, String receiptId, String buyer, String poNumber, int poLine, Long orderLineId,
                              BigDecimal quantity, Instant transactionDate, String asnNumber, String state,
                              int attempts, Instant nextAttemptAt, Long platformId, String lastError,
                              Instant createdAt, Instant sentAt, Instant linkedAt) {
        static PostingView of(ReceiptPostingRecord r) {
            ReceiptRecord receipt = ReceiptRecord.findById(r.receiptId);
            return new PostingView(r.receiptId, receipt == null ? null : receipt.receiptKey, r.buyer, r.poNumber,
                    r.poLine, r.orderLineId, r.quantity, r.transactionDate, r.asnNumber, r.state, r.attempts,
                    r.nextAttemptAt, r.platformId, r.lastError, r.createdAt, r.sentAt, r.linkedAt);
        }
    }

    private final ReceiptPostings postings;

    public ReceiptPostingResource(ReceiptPostings postings) {
        this.postings = postings;
    }

    /** Newest first, at most 500; filtered by {@code state}, {@code poNumber}, {@code receiptId} (the receipt key). */
    @GET
    @RolesAllowed({"admin", "reviewer", "viewer"})
    @Transactional
    public List<PostingView> list(@QueryParam("state") String state, @QueryParam("poNumber") String poNumber,
                                  @QueryParam("receiptId") String receiptKey) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new java.util.HashMap<>();
        if (state != null && !state.isBlank()) {
            where.add("state = :state");
            params.put("state", state.trim().toUpperCase(java.util.Locale.ROOT));
        }
        if (poNumber != null && !poNumber.isBlank()) {
            where.add("poNumber = :po");
            params.put("po", poNumber.trim());
        }
        if (receiptKey != null && !receiptKey.isBlank()) {
            where.add("receiptId in (select r.id from ReceiptRecord r where r.receiptKey = :key)");
            params.put("key", receiptKey.trim());
        }
        String query = (where.isEmpty() ? "1 = 1" : String.join(" and ", where)) + " order by receiptId desc";
        return ReceiptPostingRecord.<ReceiptPostingRecord>find(query, params).page(0, 500).list().stream()
                .map(PostingView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"admin", "reviewer", "viewer"})
    @Transactional
    public PostingView get(@PathParam("id") long id) {
        ReceiptPostingRecord r = ReceiptPostingRecord.findById(id);
        if (r == null) {
            throw ProblemException.notFound("receipt posting", id);
        }
        return PostingView.of(r);
    }

    /** A FAILED posting is queued again; others are answered as they are. */
    @POST
    @Path("/{id}/retry")
    @RolesAllowed("admin")
    @Transactional
    public PostingView retry(@PathParam("id") long id) {
        return postings.requeue(id).map(PostingView::of)
                .orElseThrow(() -> ProblemException.notFound("receipt posting", id));
    }

    /** Posts the due postings now (as the scheduler does): how many were claimed, sent, left to retry, failed. */
    @POST
    @Path("/run")
    @RolesAllowed("admin")
    public ReceiptPostings.Run run() {
        return postings.postDue(100);
    }
}
