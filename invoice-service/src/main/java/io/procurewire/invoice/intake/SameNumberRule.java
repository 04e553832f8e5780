package io.procurewire.invoice.intake;

import java.util.Set;

/**
 * What a document is when the supplier already has a stored invoice with its number (trimmed, upper-case, without
 * spaces, {@code -}, {@code /}, {@code _}) and its payloadID is not one already received (that is always a replay).
 * Plain Java: the intake asks it, under the stored invoice's row lock.
 *
 * <ul>
 *   <li>{@link Channel#CREATE} ({@code POST /api/invoices}): the same content without an Idempotency-Key is a replay;
 *       anything else a duplicate. The JSON API never corrects by accident: a correction is its own call.</li>
 *   <li>{@link Channel#CXML_NEW} (cXML {@code operation="new"} with a payloadID not received before): other content
 *       of the same purpose, while the stored invoice is not final, is a correction; the same content is a
 *       duplicate (a second send of one invoice); another purpose is a duplicate (a credit memo never re-uses the
 *       number of the invoice it credits); a final invoice cannot be corrected.</li>
 *   <li>{@link Channel#CORRECTION} ({@code PUT /api/invoices/{id}}): the same content is a replay (no new revision);
 *       another purpose is refused; a final invoice cannot be corrected.</li>
 * </ul>
 * Final: everything but {@link #CORRECTABLE} — accepted or rejected by a reviewer, on its way to or answered by the
 * buyer (SENDING, BUYER_ACCEPTED, BUYER_REJECTED), or cancelled.
 */
public final class SameNumberRule {

    public enum Channel { CREATE, CXML_NEW, CORRECTION }

    public enum Verdict { REPLAY, DUPLICATE, CORRECTION, FINAL, PURPOSE_CHANGED }

    /** Statuses in which the invoice has not gone to the buyer nor been decided: a correction replaces it. */
    public static final Set<String> CORRECTABLE = Set.of("RECEIVED", "MATCHED", "EXCEPTION", "WAITING_FOR_PO_DATA");

    private SameNumberRule() {
    }

    /**
     * @param hasPayloadId whether the new document carries a payloadID (Idempotency-Key, cXML payloadID)
     */
    public static Verdict decide(Channel channel, String storedStatus, String storedPurpose, String storedDocument,
                                 String purpose, String document, boolean hasPayloadId) {
        boolean same = storedDocument.equals(document);
        return switch (channel) {
            case CREATE -> same && !hasPayloadId ? Verdict.REPLAY : Verdict.DUPLICATE;
            case CXML_NEW -> same || !storedPurpose.equals(purpose) ? Verdict.DUPLICATE
                    : CORRECTABLE.contains(storedStatus) ? Verdict.CORRECTION : Verdict.FINAL;
            case CORRECTION -> !storedPurpose.equals(purpose) ? Verdict.PURPOSE_CHANGED
                    : !CORRECTABLE.contains(storedStatus) ? (same ? Verdict.REPLAY : Verdict.FINAL)
                    : same ? Verdict.REPLAY : Verdict.CORRECTION;
        };
    }

    /** Whether an invoice in this status can still be cancelled (the same statuses a correction may replace). */
    public static boolean cancellable(String status) {
        return CORRECTABLE.contains(status);
    }
}
