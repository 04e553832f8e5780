package io.procurewire.invoice.matching;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static io.procurewire.invoice.matching.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Debit memos: additional billing on an earlier invoice, checked against the PO and receipts like invoiced goods. */
class DebitMemoMatchingTest {

    private final MatchingEngine engine = new MatchingEngine();
    private final MatchContext billed = context(List.of(po("PO-1", "USD", poLine(1, "10", "10.00", "EA"))),
            receipt("R1", "PO-1", 1, "10", 0))
            .withPriorBillings(List.of(billed("INV-1", "PO-1", 1, "8", "10.00")))
            .withOtherInvoiceNumbers(Set.of("INV1"));

    private MatchResult match(Invoice invoice, MatchContext context) {
        return engine.match(invoice, context, ToleranceProfiles.of(ToleranceProfile.strict()));
    }

    @Test
    void aDebitMemoWithinWhatWasReceivedMatchesAndAddsToTheTotal() {
        MatchResult result = match(creditNote("DM-1", "INV-1", Purpose.DEBIT_MEMO, "USD",
                Invoice.Line.po(1, "PO-1", 1, "2", "10.00", "EA")), billed);
        assertEquals(MatchStatus.MATCHED, result.status(), () -> result.exceptions().toString());
        assertEquals(new BigDecimal("20.00"), result.actualTotal());
        assertEquals(new BigDecimal("2"), result.lines().getFirst().consumed());
    }

    @Test
    void signsAreIgnoredLikeOnACreditNote() {
        MatchResult result = match(creditNote("DM-1", "INV-1", Purpose.LINE_LEVEL_DEBIT_MEMO, "USD",
                Invoice.Line.po(1, "PO-1", 1, "-2", "-10.00", "EA")), billed);
        assertEquals(MatchStatus.MATCHED, result.status(), () -> result.exceptions().toString());
        assertEquals(new BigDecimal("20.00"), result.actualTotal());
    }

    @Test
    void billingBeyondWhatWasReceivedIsOverBilled() {
        MatchResult result = match(creditNote("DM-1", "INV-1", Purpose.DEBIT_MEMO, "USD",
                Invoice.Line.po(1, "PO-1", 1, "3", "10.00", "EA")), billed);
        assertEquals(List.of(Reason.OVER_BILLED), result.reasons());
        assertEquals("11", result.exceptions().getFirst().actual());
    }

    @Test
    void aPriceAboveThePoIsOverTolerance() {
        MatchResult result = match(creditNote("DM-1", "INV-1", Purpose.DEBIT_MEMO, "USD",
                Invoice.Line.po(1, "PO-1", 1, "1", "12.00", "EA")), billed);
        assertEquals(List.of(Reason.PRICE_OVER_TOLERANCE), result.reasons());
    }

    @Test
    void aDebitMemoMustReferenceAKnownInvoice() {
        MatchResult result = match(creditNote("DM-1", "INV-77", Purpose.DEBIT_MEMO, "USD",
                Invoice.Line.po(1, "PO-1", 1, "1", "10.00", "EA")), billed);
        assertEquals(List.of(Reason.UNKNOWN_ORIGINAL_INVOICE), result.reasons());
        assertTrue(result.exceptions().getFirst().detail().contains("debit note"));
    }
}
