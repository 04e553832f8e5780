package io.procurewire.invoice.receipt;

import io.procurewire.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Goods receipts as JSON (delivery confirmations). Idempotent on {@code receiptId}: the same id again answers 200
 * with the stored receipt. A new receipt requests a re-match of the undecided invoices of its PO in its transaction.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Path("/api/receipts")
@RolesAllowed("admin")
public class ReceiptResource {

    /** {@code buyer} (optional, on input only): whose receipt it is, when the PO is not stored yet. */
    public record ReceiptJson(String receiptId, String poNumber, Integer poLineNumber, BigDecimal quantity,
                              Instant receivedAt, String source, String buyer) {
    }

    private final ReceiptBook book;

    public ReceiptResource(ReceiptBook book) {
        this.book = book;
    }

    @POST
    public Response record(ReceiptJson receipt) {
        List<String> problems = new ArrayList<>();
        if (receipt == null) {
            throw ProblemException.badRequest("a receipt is required");
        }
        if (receipt.receiptId() == null || receipt.receiptId().isBlank() || receipt.receiptId().length() > 128) problems.add("receiptId is required (at most 128 characters)");
        if (receipt.poNumber() == null || receipt.poNumber().isBlank()) problems.add("poNumber is required");
        if (receipt.poLineNumber() == null) problems.add("poLineNumber is required");
        if (receipt.quantity() == null || receipt.quantity().signum() == 0) problems.add("quantity is required and not zero (negative = return)");
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable("The receipt cannot be accepted: " + String.join("; ", problems),
                    Map.of("errors", problems));
        }
        ReceiptBook.Recorded recorded = book.record(receipt.receiptId().trim(), receipt.poNumber().trim(),
                receipt.poLineNumber(), receipt.quantity(), receipt.receivedAt(), receipt.source() == null ? "api" : receipt.source(),
                receipt.buyer() == null || receipt.buyer().isBlank() ? null : receipt.buyer().trim());
        return Response.status(recorded.created() ? 201 : 200).entity(view(recorded.receipt())).build();
    }

    @GET
    @RolesAllowed({"admin", "reviewer", "viewer"})
    @Transactional
    public List<ReceiptJson> list(@QueryParam("poNumber") String poNumber) {
        if (poNumber == null) {
            throw ProblemException.badRequest("poNumber is required");
        }
        return ReceiptRecord.<ReceiptRecord>list("poNumber = ?1 order by receivedAt, id", poNumber).stream()
                .map(ReceiptResource::view).toList();
    }

    static ReceiptJson view(ReceiptRecord r) {
        return new ReceiptJson(r.receiptKey, r.poNumber, r.poLine, r.quantity, r.receivedAt, r.source, null);
    }
}
