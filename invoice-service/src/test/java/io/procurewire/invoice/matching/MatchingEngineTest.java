package io.procurewire.invoice.matching;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.procurewire.invoice.matching.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatchingEngineTest {

    private final MatchingEngine engine = new MatchingEngine();

    /** PO-1: line 1 ten EA at 10.00, line 2 five BX at 20.00. */
    private static PurchaseOrder usdOrder() {
        return po("PO-1", "USD", poLine(1, "10", "10.00", "EA"), poLine(2, "5", "20.00", "BX"));
    }

    private static ToleranceProfile.Builder lenientExcept() {
        return ToleranceProfile.builder();
    }

    private MatchResult match(Invoice invoice, MatchContext context, ToleranceProfile profile) {
        return engine.match(invoice, context, ToleranceProfiles.of(profile));
    }

    private MatchResult match(Invoice invoice, MatchContext context) {
        return match(invoice, context, ToleranceProfile.strict());
    }

    private static void assertMatched(MatchResult result) {
        assertEquals(List.of(), result.exceptions(), "exceptions");
        assertEquals(MatchStatus.MATCHED, result.status());
    }

    private static ExceptionRecord only(MatchResult result, Reason reason) {
        assertEquals(MatchStatus.EXCEPTION, result.status());
        assertEquals(List.of(reason), result.reasons(), "reasons");
        return result.exceptions().getFirst();
    }

    private static void assertRecord(ExceptionRecord record, Integer line, String expected, String actual, String limit,
                                     String breach) {
        assertEquals(line, record.invoiceLine(), "line");
        assertEquals(expected, record.expected(), "expected");
        assertEquals(actual, record.actual(), "actual");
        assertEquals(limit, record.limit(), "limit");
        assertEquals(breach == null ? null : new BigDecimal(breach), record.breachAmount(), "breach amount");
    }

    @Nested
    class Price {

        @Test
        void matchesAtThePoPriceWithFullReceiptAndComputesTotals() {
            MatchResult result = match(invoice("INV-1", "USD", Invoice.Line.po(1, "PO-1", 1, "10", "10.00", "EA")),
                    context(List.of(usdOrder()), receipt("R1", "PO-1", 1, "10", 0)));
            assertMatched(result);
            assertEquals(new BigDecimal("100.00"), result.expectedTotal());
            assertEquals(new BigDecimal("100.00"), result.actualTotal());
            LineResult line = result.lines().getFirst();
            assertEquals(LineKind.PO_GOODS, line.kind());
            assertEquals(List.of(new Allocation("R1", new BigDecimal("10"))), line.allocations());
        }

        @Test
        void priceExactlyAtThePercentToleranceMatches() {
            ToleranceProfile profile = lenientExcept().priceOver(Limit.percent("5")).build();
            assertMatched(match(invoice("INV-1", "USD", Invoice.Line.po(1, "PO-1", 1, "10", "10.50", "EA")),
                    context(List.of(usdOrder()), receipt("R1", "PO-1", 1, "10", 0)), profile));
        }

        @Test
        void priceOneCentOverThePercentToleranceBreachesWithTheAmountOver() {
            ToleranceProfile profile = lenientExcept().priceOver(Limit.percent("5")).build();
            MatchResult result = match(invoice("INV-1", "USD", Invoice.Line.po(1, "PO-1", 1, "10", "10.51", "EA")),
                    context(List.of(usdOrder()), receipt("R1", "PO-1", 1, "10", 0)), profile);
            assertRecord(only(result, Reason.PRICE_OVER_TOLERANCE), 1, "10", "10.51", "10.5", "0.10");
        }

        @Test
        void absoluteToleranceAcceptsExactlyItsAmountAndBreachesOneCentOver() {
            ToleranceProfile profile = lenientExcept().priceOver(Limit.amount("0.25")).build();
            MatchContext context = context(List.of(usdOrder()), receipt("R1", "PO-1", 1, "10", 0));
            assertMatched(match(invoice("INV-1", "USD", Invoice.Line.po(1, "PO-1", 1, "10", "10.25", "EA")), context, profile));
            assertRecord(only(match(invoice("INV-1", "USD", Invoice.Line.po(1, "PO-1", 1, "10", "10.26", "EA")), context,
                    profile), Reason.PRICE_OVER_TOLERANCE), 1, "10", "10.26", "10.25", "0.10");
        }

        @Test
        void withPercentAndAmountTheSmallerAllowanceApplies() {
            ToleranceProfile profile = lenientExcept().priceOver(Limit.of("5", "0.20")).build();
            MatchContext context = context(List.of(usdOrder()), receipt("R1", "PO-1", 1, "10", 0));
            assertMatched(match(invoice("INV-1", "USD", Invoice.Line.po(1, "PO-1", 1, "10", "10.20", "EA")), context, profile));
            assertRecord(only(match(invoice("INV-1", "USD", Invoice.Line.po(1, "PO-1", 1, "10", "10.21", "EA")), context,
                    profile), Reason.PRICE_OVER_TOLERANCE), 1, "10", "10.21", "10.2", "0.10");
        }

        @Test
        void lowerToleranceAcceptsExactlyAtTheLimitAndBreachesOneCentUnder() {
            ToleranceProfile profile = lenientExcept().priceUnder(Limit.percent("2")).build();
            MatchContext context = context(List.of(usdOrder()), receipt("R1", "PO-1", 1, "10", 0));
            assertMatched(match(invoice("INV-1", "USD", Invoice.Line.po(1, "PO-1", 1, "10", "9.80", "EA")), context, profile));
            assertRecord(only(match(invoice("INV-1", "USD", Invoice.Line.po(1, "PO-1", 1, "10", "9.79", "EA")), context,
                    profile), Reason.PRICE_UNDER_TOLERANCE), 1, "10", "9.79", "9.8", "0.10");
        }

        @Test
        void strictProfileAcceptsNoPriceIncreaseButAnyDecrease() {
            MatchContext context = context(List.of(usdOrder()), receipt("R1", "PO-1", 1, "10", 0));
            assertRecord(only(match(invoice("INV-1", "USD", Invoice.Line.po(1, "PO-1", 1, "1", "10.01", "EA")), context),
                    Reason.PRICE_OVER_TOLERANCE), 1, "10", "10.01", "10", "0.01");
            assertMatched(match(invoice("INV-1", "USD", Invoice.Line.po(1, "PO-1", 1, "1", "9.00", "EA")), context));
        }
    }

    @Nested
    class Currencies {

        @Test
        void yenHasNoMinorUnitSoOneYenOverBreachesByOneYenPerUnit() {
            PurchaseOrder order = po("PO-J", "JPY", poLine(1, "3", "1500", "EA"));
            ToleranceProfile profile = lenientExcept().priceOver(Limit.amount("1")).build();
            MatchContext context = context(List.of(order), receipt("R1", "PO-J", 1, "3", 0));
            MatchResult atLimit = match(invoice("INV-J", "JPY", Invoice.Line.po(1, "PO-J", 1, "3", "1501", "EA")), context, profile);
            assertMatched(atLimit);
            assertEquals(new BigDecimal("4503"), atLimit.actualTotal());
            assertRecord(only(match(invoice("INV-J", "JPY", Invoice.Line.po(1, "PO-J", 1, "3", "1502", "EA")), context, profile),
                    Reason.PRICE_OVER_TOLERANCE), 1, "1500", "1502", "1501", "3");
        }

        @Test
        void yenLineAmountsRoundHalfUpToWholeYen() {
            PurchaseOrder order = po("PO-J", "JPY", poLine(1, "3", "100.5", "EA"));
            MatchResult result = match(invoice("INV-J", "JPY", Invoice.Line.po(1, "PO-J", 1, "3", "100.5", "EA")),
                    context(List.of(order), receipt("R1", "PO-J", 1, "3", 0)));
            assertMatched(result);
            assertEquals(new BigDecimal("302"), result.actualTotal());
        }

        @Test
        void kuwaitiDinarHasThreeDecimalsSoOneFilsOverBreaches() {
            PurchaseOrder order = po("PO-K", "KWD", poLine(1, "4", "1.250", "EA"));
            ToleranceProfile profile = lenientExcept().priceOver(Limit.amount("0.005")).build();
            MatchContext context = context(List.of(order), receipt("R1", "PO-K", 1, "4", 0));
            MatchResult atLimit = match(invoice("INV-K", "KWD", Invoice.Line.po(1, "PO-K", 1, "4", "1.255", "EA")), context, profile);
            assertMatched(atLimit);
            assertEquals(new BigDecimal("5.020"), atLimit.actualTotal());
            assertRecord(only(match(invoice("INV-K", "KWD", Invoice.Line.po(1, "PO-K", 1, "4", "1.256", "EA")), context, profile),
                    Reason.PRICE_OVER_TOLERANCE), 1, "1.25", "1.256", "1.255", "0.004");
        }

        @Test
        void moneyRoundsToTheMinorUnitOfEachCurrency() {
            assertEquals(new BigDecimal("1235"), Money.round(new BigDecimal("1234.5"), "JPY"));
            assertEquals(new BigDecimal("1.24"), Money.round(new BigDecimal("1.235"), "USD"));
            assertEquals(new BigDecimal("1.235"), Money.round(new BigDecimal("1.2345"), "BHD"));
            assertEquals(new BigDecimal("0.001"), Money.minorUnit("KWD"));
            assertEquals(new BigDecimal("1"), Money.minorUnit("KRW"));
        }

        @Test
        void invoiceInAnotherCurrencyThanThePoIsOneMismatchAndNoPriceComparison() {
            PurchaseOrder order = po("PO-E", "EUR", poLine(1, "10", "10.00", "EA"));
            MatchResult result = match(invoice("INV-1", "USD", Invoice.Line.po(1, "PO-E", 1, "10", "11.00", "EA")),
                    context(List.of(order), receipt("R1", "PO-E", 1, "10", 0)));
            assertRecord(only(result, Reason.CURRENCY_MISMATCH), null, "EUR", "USD", null, null);
        }
    }

    @Nested
    class Quantities {

        @Test
        void severalPartialReceiptsAddUpAndAreAllocatedFirstInFirstOut() {
            MatchResult result = match(invoice("INV-1", "USD", Invoice.Line.po(1, "PO-1", 1, "10", "10.00", "EA")),
                    context(List.of(usdOrder()), receipt("R2", "PO-1", 1, "6", 5), receipt("R1", "PO-1", 1, "4", 1)));
            assertMatched(result);
            assertEquals(List.of(new Allocation("R1", new BigDecimal("4")), new Allocation("R2", new BigDecimal("6"))),
                    result.lines().getFirst().allocations());
        }

        @Test
        void invoicingMoreThanReceivedIsQuantityNotReceivedWithTheMissingValue() {
            MatchResult result = match(invoice("INV-1", "USD", Invoice.Line.po(1, "PO-1", 1, "10", "10.00", "EA")),
                    context(List.of(usdOrder()), receipt("R1", "PO-1", 1, "4", 0)));
            assertRecord(only(result, Reason.QUANTITY_NOT_RECEIVED), 1, "4", "10", "4", "60.00");
        }

        @Test
        void nothingReceivedAtAllIsQuantityNotReceived() {
            MatchResult result = match(invoice("INV-1", "USD", Invoice.Line.po(1, "PO-1", 2, "1", "20.00", "BX")),
                    context(List.of(usdOrder())));
            assertRecord(only(result, Reason.QUANTITY_NOT_RECEIVED), 1, "0", "1", "0", "20.00");
        }

        @Test
        void overReceivedToleranceAcceptsExactlyItsPercentAndBreachesJustAbove() {
            PurchaseOrder order = po("PO-1", "USD", poLine(1, "20", "10.00", "EA"));
            ToleranceProfile profile = lenientExcept().quantityOverReceived(Limit.percent("10")).build();
            MatchContext context = context(List.of(order), receipt("R1", "PO-1", 1, "10", 0));
            assertMatched(match(invoice("INV-1", "USD", Invoice.Line.po(1, "PO-1", 1, "11", "10.00", "EA")), context, profile));
            assertRecord(only(match(invoice("INV-1", "USD", Invoice.Line.po(1, "PO-1", 1, "11.01", "10.00", "EA")), context, profile),
                    Reason.QUANTITY_NOT_RECEIVED), 1, "10", "11.01", "11", "0.10");
        }

        @Test
        void overReceivedAbsoluteToleranceInUnits() {
            PurchaseOrder order = po("PO-1", "USD", poLine(1, "20", "10.00", "EA"));
            ToleranceProfile profile = lenientExcept().quantityOverReceived(Limit.amount("2")).build();
            MatchContext context = context(List.of(order), receipt("R1", "PO-1", 1, "10", 0));
            assertMatched(match(invoice("INV-1", "USD", Invoice.Line.po(1, "PO-1", 1, "12", "10.00", "EA")), context, profile));
            assertRecord(only(match(invoice("INV-1", "USD", Invoice.Line.po(1, "PO-1", 1, "13", "10.00", "EA")), context, profile),
                    Reason.QUANTITY_NOT_RECEIVED), 1, "10", "13", "12", "10.00");
        }

        @Test
        void invoicingMoreThanOrderedBreachesOverOrderedEvenWhenReceived() {
            MatchResult result = match(invoice("INV-1", "USD", Invoice.Line.po(1, "PO-1", 1, "12", "10.00", "EA")),
                    context(List.of(usdOrder()), receipt("R1", "PO-1", 1, "12", 0)));
            assertRecord(only(result, Reason.QUANTITY_OVER_ORDERED), 1, "10", "12", "10", "20.00");
        }

        @Test
        void overOrderedToleranceAcceptsExactlyItsPercentAndBreachesJustAbove() {
            ToleranceProfile profile = lenientExcept().quantityOverOrdered(Limit.percent("20"))
                    .quantityOverReceived(Limit.UNLIMITED).build();
            MatchContext context = context(List.of(usdOrder()));
            assertMatched(match(invoice("INV-1", "USD", Invoice.Line.po(1, "PO-1", 1, "12", "10.00", "EA")), context, profile));
            assertRecord(only(match(invoice("INV-1", "USD", Invoice.Line.po(1, "PO-1", 1, "12.5", "10.00", "EA")), context, profile),
                    Reason.QUANTITY_OVER_ORDERED), 1, "10", "12.5", "12", "5.00");
        }

        @Test
        void aSecondInvoiceForGoodsAnEarlierInvoiceAlreadyBilledIsOverBilledOnce() {
            MatchContext context = context(List.of(usdOrder()), receipt("R1", "PO-1", 1, "10", 0))
                    .withPriorBillings(List.of(billed("INV-1", "PO-1", 1, "8", "10.00")));
            MatchResult result = match(invoice("INV-2", "USD", Invoice.Line.po(1, "PO-1", 1, "5", "10.00", "EA")), context);
            assertRecord(only(result, Reason.OVER_BILLED), 1, "10", "13", "10", "30.00");
        }

        @Test
        void overBilledAgainstReceiptsWhenOrderedQuantityIsNotYetReached() {
            PurchaseOrder order = po("PO-1", "USD", poLine(1, "100", "10.00", "EA"));
            MatchContext context = context(List.of(order), receipt("R1", "PO-1", 1, "10", 0))
                    .withPriorBillings(List.of(billed("INV-1", "PO-1", 1, "8", "10.00")));
            MatchResult result = match(invoice("INV-2", "USD", Invoice.Line.po(1, "PO-1", 1, "5", "10.00", "EA")), context);
            assertRecord(only(result, Reason.OVER_BILLED), 1, "10", "13", "10", "30.00");
        }

        @Test
        void partialInvoicesConsumeReceiptsAfterWhatEarlierInvoicesTook() {
            MatchContext context = context(List.of(usdOrder()),
                    receipt("R1", "PO-1", 1, "5", 0), receipt("R2", "PO-1", 1, "5", 2))
                    .withPriorBillings(List.of(billed("INV-1", "PO-1", 1, "4", "10.00")));
            MatchResult result = match(invoice("INV-2", "USD", Invoice.Line.po(1, "PO-1", 1, "6", "10.00", "EA")), context);
            assertMatched(result);
            assertEquals(List.of(new Allocation("R1", new BigDecimal("1")), new Allocation("R2", new BigDecimal("5"))),
                    result.lines().getFirst().allocations());
            assertEquals(new BigDecimal("6"), result.lines().getFirst().consumed());
        }

        @Test
        void twoLinesOfOneInvoiceOnTheSamePoLineConsumeInLineOrder() {
            MatchResult result = match(invoice("INV-1", "USD",
                            Invoice.Line.po(1, "PO-1", 1, "3", "10.00", "EA"), Invoice.Line.po(2, "PO-1", 1, "3", "10.00", "EA")),
                    context(List.of(usdOrder()), receipt("R1", "PO-1", 1, "2", 0), receipt("R2", "PO-1", 1, "2", 1)));
            assertRecord(only(result, Reason.QUANTITY_NOT_RECEIVED), 2, "4", "6", "4", "20.00");
            assertEquals(List.of(new Allocation("R1", new BigDecimal("2")), new Allocation("R2", new BigDecimal("1"))),
                    result.lines().get(0).allocations());
            assertEquals(List.of(new Allocation("R2", new BigDecimal("1"))), result.lines().get(1).allocations());
        }

        @Test
        void aReturnToTheSupplierLowersTheReceivedQuantityFromTheNewestReceipt() {
            MatchContext context = context(List.of(usdOrder()), receipt("R1", "PO-1", 1, "5", 0),
                    receipt("R2", "PO-1", 1, "5", 1), receipt("RET", "PO-1", 1, "-3", 2));
            assertRecord(only(match(invoice("INV-1", "USD", Invoice.Line.po(1, "PO-1", 1, "8", "10.00", "EA")), context),
                    Reason.QUANTITY_NOT_RECEIVED), 1, "7", "8", "7", "10.00");
            MatchResult seven = match(invoice("INV-1", "USD", Invoice.Line.po(1, "PO-1", 1, "7", "10.00", "EA")), context);
            assertMatched(seven);
            assertEquals(List.of(new Allocation("R1", new BigDecimal("5")), new Allocation("R2", new BigDecimal("2"))),
                    seven.lines().getFirst().allocations());
        }

        @Test
        void unitOfMeasureMustBeThePoLines() {
            MatchResult result = match(invoice("INV-1", "USD", Invoice.Line.po(1, "PO-1", 1, "10", "10.00", "BX")),
                    context(List.of(usdOrder()), receipt("R1", "PO-1", 1, "10", 0)));
            assertRecord(only(result, Reason.UOM_MISMATCH), 1, "EA", "BX", null, null);
            assertMatched(match(invoice("INV-1", "USD", Invoice.Line.po(1, "PO-1", 1, "10", "10.00", "ea")),
                    context(List.of(usdOrder()), receipt("R1", "PO-1", 1, "10", 0))));
        }
    }

    @Nested
    class References {

        @Test
        void unknownPoIsAnException() {
            MatchResult result = match(invoice("INV-1", "USD", Invoice.Line.po(1, "PO-9", 1, "1", "10.00", "EA")),
                    context(List.of(usdOrder())));
            assertRecord(only(result, Reason.UNKNOWN_PO), 1, "a PO of supplier SUP-1", "PO-9", null, null);
        }

        @Test
        void aPoOfAnotherSupplierCountsAsUnknown() {
            PurchaseOrder foreign = new PurchaseOrder("PO-X", BUYER, "SUP-2", "USD", PO_DATE,
                    List.of(poLine(1, "1", "1.00", "EA")));
            MatchResult result = match(invoice("INV-1", "USD", Invoice.Line.po(1, "PO-X", 1, "1", "1.00", "EA")),
                    context(List.of(foreign), receipt("R1", "PO-X", 1, "1", 0)));
            assertEquals("PO PO-X belongs to another supplier", only(result, Reason.UNKNOWN_PO).detail());
        }

        @Test
        void unknownPoLineIsAnException() {
            MatchResult result = match(invoice("INV-1", "USD", Invoice.Line.po(1, "PO-1", 7, "1", "10.00", "EA")),
                    context(List.of(usdOrder())));
            assertRecord(only(result, Reason.UNKNOWN_PO_LINE), 1, "a line of PO PO-1", "7", null, null);
        }

        @Test
        void aLineWithoutAnyReferenceThatIsNoChargeIsUnknownPo() {
            MatchResult result = match(invoice("INV-1", "USD", chargeLine(1, "Blue widgets", "5.00")), context(List.of()));
            assertEquals("line 1 references no PO, no contract, and is not a charge",
                    only(result, Reason.UNKNOWN_PO).detail());
        }

        @Test
        void poDataThatCannotBeFetchedParksTheMatchAndDecidesNothing() {
            MatchContext context = context(List.of(usdOrder())).withUnavailable(Set.of("PO-2"));
            MatchResult result = match(invoice("INV-1", "USD", Invoice.Line.po(1, "PO-1", 1, "99", "99.00", "EA"),
                    Invoice.Line.po(2, "PO-2", 1, "1", "1.00", "EA")), context);
            assertEquals(MatchStatus.WAITING_FOR_PO_DATA, result.status());
            assertEquals(List.of(), result.exceptions());
            assertEquals(Set.of("PO-2"), result.waitingForPurchaseOrders());
            assertTrue(!result.matched());
        }

        @Test
        void duplicateInvoiceNumberOfTheSupplierIsFoundWhateverItsSpelling() {
            MatchContext context = context(List.of(usdOrder()), receipt("R1", "PO-1", 1, "10", 0))
                    .withOtherInvoiceNumbers(Set.of(MatchContext.normalizeInvoiceNumber("INV-0001")));
            MatchResult result = match(invoice("inv 0001", "USD", Invoice.Line.po(1, "PO-1", 1, "10", "10.00", "EA")), context);
            assertRecord(only(result, Reason.DUPLICATE_INVOICE_NUMBER), null, "a new invoice number", "inv 0001", null, null);
        }

        @Test
        void invoiceDatedBeforeThePoIsAnExceptionUnlessWithinTheBackdatingDays() {
            MatchContext context = context(List.of(usdOrder()), receipt("R1", "PO-1", 1, "10", 0));
            Invoice early = dated(invoice("INV-1", "USD", Invoice.Line.po(1, "PO-1", 1, "10", "10.00", "EA")), "2026-10-31");
            assertRecord(only(match(early, context), Reason.INVOICE_BEFORE_PO), null, "2026-11-01", "2026-10-31",
                    "2026-11-01", null);
            assertMatched(match(early, context, lenientExcept().backdatingDays(1).build()));
            assertMatched(match(dated(early, "2026-11-01"), context));
        }
    }

    @Nested
    class Tax {

        private final PurchaseOrder taxed = po("PO-T", "USD", poLine(1, "10", "10.00", "EA", null, "8.25"));
        private final MatchContext context = context(List.of(taxed), receipt("R1", "PO-T", 1, "10", 0));

        @Test
        void lineTaxAtTheExpectedRateAndAmountMatches() {
            MatchResult result = match(invoice("INV-1", "USD",
                    Invoice.Line.po(1, "PO-T", 1, "10", "10.00", "EA").withTax("8.25", "8.25")), context);
            assertMatched(result);
            assertEquals(new BigDecimal("108.25"), result.actualTotal());
        }

        @Test
        void taxAmountOneCentOffBreachesAnExactTolerance() {
            MatchResult result = match(invoice("INV-1", "USD",
                    Invoice.Line.po(1, "PO-T", 1, "10", "10.00", "EA").withTax("8.26", null)), context);
            assertRecord(only(result, Reason.TAX_MISMATCH), 1, "8.25", "8.26", "±0", "0.01");
        }

        @Test
        void taxAmountToleranceAcceptsExactlyItsAmount() {
            ToleranceProfile profile = lenientExcept().taxAmount(Limit.amount("0.01")).build();
            assertMatched(match(invoice("INV-1", "USD",
                    Invoice.Line.po(1, "PO-T", 1, "10", "10.00", "EA").withTax("8.26", null)), context, profile));
            assertRecord(only(match(invoice("INV-1", "USD",
                    Invoice.Line.po(1, "PO-T", 1, "10", "10.00", "EA").withTax("8.27", null)), context, profile),
                    Reason.TAX_MISMATCH), 1, "8.25", "8.27", "±0.01", "0.01");
        }

        @Test
        void aDifferentTaxRateIsATaxMismatch() {
            MatchResult result = match(invoice("INV-1", "USD",
                    Invoice.Line.po(1, "PO-T", 1, "10", "10.00", "EA").withTax(null, "7")), context);
            assertRecord(only(result, Reason.TAX_MISMATCH), 1, "8.25%", "7%", "±0 points", "1.25");
        }

        @Test
        void headerTaxIsComparedWithTheSumOfExpectedLineTaxes() {
            Invoice invoice = invoice("INV-1", "USD", Invoice.Line.po(1, "PO-T", 1, "10", "10.00", "EA"));
            assertMatched(match(withHeaderTax(invoice, "8.25"), context));
            assertRecord(only(match(withHeaderTax(invoice, "9.00"), context), Reason.TAX_MISMATCH), null, "8.25", "9.00",
                    "±0", "0.75");
        }
    }

    @Nested
    class Extras {

        private final MatchContext context = context(List.of(usdOrder()), receipt("R1", "PO-1", 1, "10", 0));
        private final Invoice goods = invoice("INV-1", "USD", Invoice.Line.po(1, "PO-1", 1, "10", "10.00", "EA"));

        @Test
        void shippingIsNotPermittedByTheStrictProfileAndNamesTheCharge() {
            MatchResult result = match(withCharges(goods, new Charge(ChargeKind.SHIPPING, new BigDecimal("5.00"), "Ground", null)), context);
            ExceptionRecord record = only(result, Reason.EXTRAS_NOT_PERMITTED);
            assertRecord(record, null, "no shipping", "5.00", "0", "5.00");
            assertEquals("extra shipping charges are not permitted: Ground", record.detail());
        }

        @Test
        void handlingAndMiscAreCheckedEachByItsOwnRule() {
            ToleranceProfile profile = lenientExcept().handling(ExtraRule.ANY).build();
            MatchResult result = match(withCharges(goods, Charge.header(ChargeKind.HANDLING, "3.00"),
                    Charge.header(ChargeKind.MISC, "1.00")), context, profile);
            assertRecord(only(result, Reason.EXTRAS_NOT_PERMITTED), null, "no misc", "1.00", "0", "1.00");
        }

        @Test
        void permittedShippingUpToAShareOfTheSubtotalAcceptsExactlyTheLimit() {
            ToleranceProfile profile = lenientExcept().shipping(ExtraRule.upTo(Limit.percent("10"))).build();
            MatchResult atLimit = match(withCharges(goods, Charge.header(ChargeKind.SHIPPING, "10.00")), context, profile);
            assertMatched(atLimit);
            assertEquals(new BigDecimal("110.00"), atLimit.actualTotal());
            assertRecord(only(match(withCharges(goods, Charge.header(ChargeKind.SHIPPING, "10.01")), context, profile),
                    Reason.EXTRAS_OVER_TOLERANCE), null, "at most 10.00", "10.01", "10.00", "0.01");
        }

        @Test
        void aShippingLineWithoutPoIsClassifiedAsShippingNotDropped() {
            ToleranceProfile profile = lenientExcept().shipping(ExtraRule.upTo(Limit.amount("4.99"))).build();
            Invoice invoice = invoice("INV-1", "USD", Invoice.Line.po(1, "PO-1", 1, "10", "10.00", "EA"),
                    chargeLine(2, "Shipping & Handling", "5.00"));
            MatchResult result = match(invoice, context, profile);
            assertRecord(only(result, Reason.EXTRAS_OVER_TOLERANCE), null, "at most 4.99", "5.00", "4.99", "0.01");
            assertEquals(LineKind.CHARGE, result.lines().get(1).kind());
            assertEquals(new BigDecimal("105.00"), result.actualTotal());
        }

        @Test
        void discountsAreAllowedByDefaultAndLowerTheTotal() {
            MatchResult result = match(withCharges(goods, Charge.header(ChargeKind.DISCOUNT, "5.00")), context);
            assertMatched(result);
            assertEquals(new BigDecimal("95.00"), result.actualTotal());
        }

        @Test
        void discountNotPermittedIsAnException() {
            ToleranceProfile profile = lenientExcept().discount(ExtraRule.FORBIDDEN).build();
            assertRecord(only(match(withCharges(goods, Charge.header(ChargeKind.DISCOUNT, "5.00")), context, profile),
                    Reason.DISCOUNT_NOT_PERMITTED), null, "no discount", "5.00", "0", "5.00");
        }

        @Test
        void discountAboveItsShareIsAnExceptionExactlyAtTheShareIsNot() {
            ToleranceProfile profile = lenientExcept().discount(ExtraRule.upTo(Limit.percent("5"))).build();
            assertMatched(match(withCharges(goods, Charge.header(ChargeKind.DISCOUNT, "5.00")), context, profile));
            assertRecord(only(match(withCharges(goods, Charge.header(ChargeKind.DISCOUNT, "5.01")), context, profile),
                    Reason.DISCOUNT_OVER_TOLERANCE), null, "at most 5.00", "5.01", "5.00", "0.01");
        }
    }

    @Nested
    class Totals {

        private final MatchContext context = context(List.of(usdOrder()), receipt("R1", "PO-1", 1, "10", 0));

        @Test
        void lineTotalToleranceAcceptsExactlyItsAmountAndBreachesOneCentOver() {
            ToleranceProfile profile = lenientExcept().lineTotalOver(Limit.amount("0.05")).build();
            assertMatched(match(invoice("INV-1", "USD", Invoice.Line.po(1, "PO-1", 1, "10", "10.00", "EA")
                    .withAmount("100.05")), context, profile));
            assertRecord(only(match(invoice("INV-1", "USD", Invoice.Line.po(1, "PO-1", 1, "10", "10.00", "EA")
                    .withAmount("100.06")), context, profile), Reason.LINE_TOTAL_OVER_TOLERANCE),
                    1, "100.00", "100.06", "100.05", "0.01");
        }

        @Test
        void invoiceTotalToleranceAcceptsExactlyItsPercentAndBreachesOneCentOver() {
            ToleranceProfile profile = lenientExcept().invoiceTotalOver(Limit.percent("1")).build();
            Invoice invoice = invoice("INV-1", "USD", Invoice.Line.po(1, "PO-1", 1, "10", "10.00", "EA"));
            assertMatched(match(withTotal(invoice, "101.00"), context, profile));
            assertRecord(only(match(withTotal(invoice, "101.01"), context, profile), Reason.INVOICE_TOTAL_OVER_TOLERANCE),
                    null, "100.00", "101.01", "101", "0.01");
        }

        @Test
        void smallDifferencesUpToTheWriteOffAreWrittenOff() {
            ToleranceProfile profile = lenientExcept().writeOff("0.05").invoiceTotalOver(Limit.EXACT).build();
            MatchResult result = match(invoice("INV-1", "USD", Invoice.Line.po(1, "PO-1", 1, "3", "10.01", "EA")),
                    context, profile);
            assertMatched(result);
            assertEquals(new BigDecimal("0.03"), result.writtenOff());
        }

        @Test
        void differencesAboveTheWriteOffStayExceptions() {
            ToleranceProfile profile = lenientExcept().writeOff("0.02").build();
            MatchResult result = match(invoice("INV-1", "USD", Invoice.Line.po(1, "PO-1", 1, "3", "10.01", "EA")),
                    context, profile);
            assertRecord(only(result, Reason.PRICE_OVER_TOLERANCE), 1, "10", "10.01", "10", "0.03");
            assertEquals(new BigDecimal("0.00"), result.writtenOff());
        }

        @Test
        void offsettingErrorsAreNotWrittenOffEvenWhenTheTotalVarianceIsSmall() {
            PurchaseOrder order = po("PO-1", "USD", poLine(1, "1", "10.00", "EA"), poLine(2, "1", "10.00", "EA"));
            ToleranceProfile profile = lenientExcept().writeOff("0.05").build();
            MatchResult result = match(invoice("INV-1", "USD", Invoice.Line.po(1, "PO-1", 1, "1", "12.00", "EA"),
                            Invoice.Line.po(2, "PO-1", 2, "1", "8.02", "EA")),
                    context(List.of(order), receipt("R1", "PO-1", 1, "1", 0), receipt("R2", "PO-1", 2, "1", 0)), profile);
            assertRecord(only(result, Reason.PRICE_OVER_TOLERANCE), 1, "10", "12", "10", "2.00");
        }

        @Test
        void theWriteOffNeverHidesAQuantityProblem() {
            ToleranceProfile profile = lenientExcept().writeOff("100").build();
            MatchResult result = match(invoice("INV-1", "USD", Invoice.Line.po(1, "PO-1", 2, "1", "20.00", "BX")),
                    context, profile);
            only(result, Reason.QUANTITY_NOT_RECEIVED);
        }
    }

    @Nested
    class Credits {

        private final MatchContext billed = context(List.of(usdOrder()), receipt("R1", "PO-1", 1, "10", 0))
                .withPriorBillings(List.of(billed("INV-1", "PO-1", 1, "10", "10.00")))
                .withOtherInvoiceNumbers(Set.of("INV1"));

        @Test
        void aNegativeQuantityLineIsAQuantityCreditThatFreesTheQuantity() {
            MatchResult result = match(invoice("INV-2", "USD", Invoice.Line.po(1, "PO-1", 1, "-2", "10.00", "EA")), billed);
            assertMatched(result);
            LineResult line = result.lines().getFirst();
            assertEquals(LineKind.QUANTITY_CREDIT, line.kind());
            assertEquals(new BigDecimal("-2"), line.consumed());
            assertEquals(new BigDecimal("-20.00"), result.actualTotal());
        }

        @Test
        void afterAQuantityCreditTheFreedQuantityCanBeInvoicedAgain() {
            MatchContext afterCredit = billed.withPriorBillings(List.of(billed("INV-1", "PO-1", 1, "10", "10.00"),
                    billed("CR-1", "PO-1", 1, "-2", "10.00")));
            assertMatched(match(invoice("INV-3", "USD", Invoice.Line.po(1, "PO-1", 1, "2", "10.00", "EA")), afterCredit));
            only(match(invoice("INV-3", "USD", Invoice.Line.po(1, "PO-1", 1, "3", "10.00", "EA")), afterCredit),
                    Reason.OVER_BILLED);
        }

        @Test
        void aNegativePriceLineIsAPriceCreditThatKeepsTheQuantityBilled() {
            MatchResult result = match(invoice("INV-2", "USD", Invoice.Line.po(1, "PO-1", 1, "10", "-0.50", "EA")), billed);
            assertMatched(result);
            assertEquals(LineKind.PRICE_CREDIT, result.lines().getFirst().kind());
            assertEquals(BigDecimal.ZERO, result.lines().getFirst().consumed());
            assertEquals(new BigDecimal("-5.00"), result.actualTotal());
        }

        @Test
        void negativeQuantityAndNegativePriceTogetherAreRejected() {
            MatchResult result = match(invoice("INV-2", "USD", Invoice.Line.po(1, "PO-1", 1, "-1", "-10.00", "EA")), billed);
            assertRecord(only(result, Reason.CREDIT_SIGNS_INVALID), 1, "a negative quantity or a negative price",
                    "quantity -1, price -10.00", null, null);
        }

        @Test
        void creditingMoreThanWasInvoicedIsAnException() {
            MatchResult result = match(invoice("INV-2", "USD", Invoice.Line.po(1, "PO-1", 1, "-11", "10.00", "EA")), billed);
            assertRecord(only(result, Reason.CREDIT_EXCEEDS_INVOICED), 1, "10", "11", "10", "10.00");
        }

        @Test
        void aCreditNoteAtTheOriginalPriceIsAQuantityCredit() {
            MatchResult result = match(creditNote("CR-1", "INV-1", Purpose.CREDIT_MEMO, "USD",
                    Invoice.Line.po(1, "PO-1", 1, "3", "10.00", "EA")), billed);
            assertMatched(result);
            assertEquals(LineKind.QUANTITY_CREDIT, result.lines().getFirst().kind());
            assertEquals(new BigDecimal("-3"), result.lines().getFirst().consumed());
            assertEquals(new BigDecimal("-30.00"), result.actualTotal());
        }

        @Test
        void aCreditNoteBelowTheOriginalPriceIsAPriceOnlyCredit() {
            MatchResult result = match(creditNote("CR-1", "INV-1", Purpose.LINE_LEVEL_CREDIT_MEMO, "USD",
                    Invoice.Line.po(1, "PO-1", 1, "-10", "-1.00", "EA")), billed);
            assertMatched(result);
            assertEquals(LineKind.PRICE_CREDIT, result.lines().getFirst().kind());
            assertEquals(new BigDecimal("-10.00"), result.actualTotal());
        }

        @Test
        void aCreditNoteAboveTheOriginalPriceIsAnException() {
            MatchContext billedHigher = billed.withPriorBillings(List.of(billed("INV-1", "PO-1", 1, "10", "9.00")));
            MatchResult result = match(creditNote("CR-1", "INV-1", Purpose.CREDIT_MEMO, "USD",
                    Invoice.Line.po(1, "PO-1", 1, "2", "9.50", "EA")), billedHigher);
            assertRecord(only(result, Reason.CREDIT_PRICE_ABOVE_ORIGINAL), 1, "9", "9.5", "9", "1.00");
        }

        @Test
        void aCreditNoteWithoutAKnownOriginalInvoiceIsAnException() {
            MatchResult none = match(creditNote("CR-1", null, Purpose.CREDIT_MEMO, "USD",
                    Invoice.Line.po(1, "PO-1", 1, "1", "10.00", "EA")), billed);
            assertRecord(only(none, Reason.UNKNOWN_ORIGINAL_INVOICE), null, "an invoice of supplier SUP-1", "none", null, null);
            MatchResult unknown = match(creditNote("CR-1", "INV-77", Purpose.CREDIT_MEMO, "USD",
                    Invoice.Line.po(1, "PO-1", 1, "1", "10.00", "EA")), billed);
            assertEquals("INV-77", only(unknown, Reason.UNKNOWN_ORIGINAL_INVOICE).actual());
        }

        @Test
        void refundedShippingOnACreditNoteIsNotAnExtraCharge() {
            Invoice credit = withCharges(creditNote("CR-1", "INV-1", Purpose.CREDIT_MEMO, "USD",
                    Invoice.Line.po(1, "PO-1", 1, "1", "10.00", "EA")), Charge.header(ChargeKind.SHIPPING, "2.00"));
            MatchResult result = match(credit, billed);
            assertMatched(result);
            assertEquals(new BigDecimal("-12.00"), result.actualTotal());
        }
    }

    @Nested
    class Contracts {

        private final Contract contract = new Contract("C-7", SUPPLIER, "USD", PO_DATE, PO_DATE.plusYears(1),
                Map.of("P-1", new BigDecimal("4.00")));
        private final MatchContext context = context(List.of()).withContracts(Map.of("C-7", contract));

        @Test
        void aContractBackedLineAtTheContractPriceMatchesWithoutReceipt() {
            MatchResult result = match(invoice("INV-1", "USD", contractLine(1, "C-7", "P-1", "5", "4.00")), context);
            assertMatched(result);
            assertEquals(LineKind.CONTRACT, result.lines().getFirst().kind());
        }

        @Test
        void aContractBackedLineAboveTheContractPriceBreachesThePriceTolerance() {
            assertRecord(only(match(invoice("INV-1", "USD", contractLine(1, "C-7", "P-1", "5", "4.01")), context),
                    Reason.PRICE_OVER_TOLERANCE), 1, "4", "4.01", "4", "0.05");
        }

        @Test
        void anUnknownContractPartOrExpiredContractIsUnknownContract() {
            assertEquals("contract C-8 does not exist", only(match(invoice("INV-1", "USD",
                    contractLine(1, "C-8", "P-1", "5", "4.00")), context), Reason.UNKNOWN_CONTRACT).detail());
            assertEquals("contract C-7 has no price for part P-2", only(match(invoice("INV-1", "USD",
                    contractLine(1, "C-7", "P-2", "5", "4.00")), context), Reason.UNKNOWN_CONTRACT).detail());
            assertEquals("contract C-7 is not valid on 2028-01-01", only(match(dated(invoice("INV-1", "USD",
                    contractLine(1, "C-7", "P-1", "5", "4.00")), "2028-01-01"), context), Reason.UNKNOWN_CONTRACT).detail());
        }
    }

    @Nested
    class Profiles {

        @Test
        void theMostSpecificProfileWinsCommodityBeforeSupplierBeforeBuyer() {
            ToleranceProfile any = ToleranceProfile.builder().backdatingDays(1).build();
            ToleranceProfile buyer = ToleranceProfile.builder().scope("ACME", null, null).backdatingDays(2).build();
            ToleranceProfile supplier = ToleranceProfile.builder().scope(null, "SUP-1", null).backdatingDays(3).build();
            ToleranceProfile commodity = ToleranceProfile.builder().scope(null, null, "paper").backdatingDays(4).build();
            ToleranceProfile buyerSupplier = ToleranceProfile.builder().scope("ACME", "SUP-1", null).backdatingDays(5).build();
            ToleranceProfile all = ToleranceProfile.builder().scope("ACME", "SUP-1", "paper").backdatingDays(6).build();
            ToleranceProfiles profiles = new ToleranceProfiles(List.of(any, buyer, supplier, commodity, buyerSupplier, all),
                    ToleranceProfile.strict());
            assertEquals(6, profiles.resolve("ACME", "SUP-1", "paper").backdatingDays());
            assertEquals(5, profiles.resolve("ACME", "SUP-1", "toner").backdatingDays());
            assertEquals(4, profiles.resolve("OTHER", "SUP-1", "paper").backdatingDays());
            assertEquals(3, profiles.resolve("OTHER", "SUP-1", "toner").backdatingDays());
            assertEquals(2, profiles.resolve("ACME", "SUP-9", "toner").backdatingDays());
            assertEquals(1, profiles.resolve("OTHER", "SUP-9", "toner").backdatingDays());
            assertEquals(0, ToleranceProfiles.of(buyer).resolve("OTHER", null, null).backdatingDays());
        }

        @Test
        void eachLineIsCheckedWithTheProfileOfItsCommodity() {
            PurchaseOrder order = po("PO-C", "USD", poLine(1, "1", "10.00", "EA", "paper", null),
                    poLine(2, "1", "10.00", "EA", "toner", null));
            ToleranceProfile paper = ToleranceProfile.builder().scope(null, null, "paper").priceOver(Limit.percent("10")).build();
            MatchResult result = engine.match(invoice("INV-1", "USD", Invoice.Line.po(1, "PO-C", 1, "1", "11.00", "EA"),
                            Invoice.Line.po(2, "PO-C", 2, "1", "11.00", "EA")),
                    context(List.of(order), receipt("R1", "PO-C", 1, "1", 0), receipt("R2", "PO-C", 2, "1", 0)),
                    ToleranceProfiles.of(paper));
            assertRecord(only(result, Reason.PRICE_OVER_TOLERANCE), 2, "10", "11", "10", "1.00");
        }

        @Test
        void twoProfilesForTheSameScopeAreRefused() {
            ToleranceProfile a = ToleranceProfile.builder().scope("ACME", null, null).build();
            try {
                ToleranceProfiles.of(a, a);
                throw new AssertionError("expected a refusal");
            } catch (IllegalArgumentException expected) {
                assertTrue(expected.getMessage().startsWith("two tolerance profiles for the same scope"));
            }
        }
    }

    @Test
    void theReasonListIsTheOneTheseTestsCover() {
        // Each reason below is produced by a test above; a new reason must come with its test and this list.
        assertEquals(List.of("PRICE_OVER_TOLERANCE", "PRICE_UNDER_TOLERANCE", "QUANTITY_OVER_ORDERED",
                "QUANTITY_NOT_RECEIVED", "OVER_BILLED", "UNKNOWN_PO", "UNKNOWN_PO_LINE", "UNKNOWN_CONTRACT",
                "CURRENCY_MISMATCH", "UOM_MISMATCH", "DUPLICATE_INVOICE_NUMBER", "TAX_MISMATCH", "EXTRAS_NOT_PERMITTED",
                "EXTRAS_OVER_TOLERANCE", "DISCOUNT_NOT_PERMITTED", "DISCOUNT_OVER_TOLERANCE",
                "LINE_TOTAL_OVER_TOLERANCE", "INVOICE_TOTAL_OVER_TOLERANCE", "INVOICE_BEFORE_PO",
                "UNKNOWN_ORIGINAL_INVOICE", "CREDIT_EXCEEDS_INVOICED", "CREDIT_PRICE_ABOVE_ORIGINAL",
                "CREDIT_SIGNS_INVALID"), java.util.Arrays.stream(Reason.values()).map(Enum::name).toList());
    }
}
