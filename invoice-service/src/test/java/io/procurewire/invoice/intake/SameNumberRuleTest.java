package io.procurewire.invoice.intake;

import org.junit.jupiter.api.Test;

import static io.procurewire.invoice.intake.SameNumberRule.Channel.CORRECTION;
import static io.procurewire.invoice.intake.SameNumberRule.Channel.CREATE;
import static io.procurewire.invoice.intake.SameNumberRule.Channel.CXML_NEW;
import static io.procurewire.invoice.intake.SameNumberRule.Verdict.DUPLICATE;
import static io.procurewire.invoice.intake.SameNumberRule.Verdict.FINAL;
import static io.procurewire.invoice.intake.SameNumberRule.Verdict.PURPOSE_CHANGED;
import static io.procurewire.invoice.intake.SameNumberRule.Verdict.REPLAY;
import static org.assertj.core.api.Assertions.assertThat;

/** When a document with a stored invoice's number is a replay, a duplicate, a correction or refused. */
class SameNumberRuleTest {

    private static final String DOC = "{\"lines\":[{\"quantity\":10}]}";
    private static final String OTHER = "{\"lines\":[{\"quantity\":6}]}";

    @Test
    void theJsonApiNeverCorrectsByAccident() {
        assertThat(SameNumberRule.decide(CREATE, "EXCEPTION", "STANDARD", DOC, "STANDARD", DOC, false)).isEqualTo(REPLAY);
        assertThat(SameNumberRule.decide(CREATE, "EXCEPTION", "STANDARD", DOC, "STANDARD", DOC, true)).isEqualTo(DUPLICATE);
        assertThat(SameNumberRule.decide(CREATE, "EXCEPTION", "STANDARD", DOC, "STANDARD", OTHER, false)).isEqualTo(DUPLICATE);
        assertThat(SameNumberRule.decide(CREATE, "MATCHED", "STANDARD", DOC, "STANDARD", OTHER, true)).isEqualTo(DUPLICATE);
    }

    @Test
    void cxmlOtherContentOfTheSamePurposeCorrectsAnInvoiceThatIsNotFinal() {
        for (String status : SameNumberRule.CORRECTABLE) {
            assertThat(SameNumberRule.decide(CXML_NEW, status, "STANDARD", DOC, "STANDARD", OTHER, true))
                    .as(status).isEqualTo(SameNumberRule.Verdict.CORRECTION);
        }
        // the same invoice sent twice with two payloadIDs is what the duplicate check is for
        assertThat(SameNumberRule.decide(CXML_NEW, "EXCEPTION", "STANDARD", DOC, "STANDARD", DOC, true)).isEqualTo(DUPLICATE);
        // a credit memo never re-uses the number of an invoice
        assertThat(SameNumberRule.decide(CXML_NEW, "EXCEPTION", "STANDARD", DOC, "CREDIT_MEMO", OTHER, true)).isEqualTo(DUPLICATE);
    }

    @Test
    void aFinalInvoiceIsNotCorrected() {
        for (String status : new String[]{"SENDING", "BUYER_ACCEPTED", "BUYER_REJECTED", "ACCEPTED", "REJECTED", "CANCELLED"}) {
            assertThat(SameNumberRule.decide(CXML_NEW, status, "STANDARD", DOC, "STANDARD", OTHER, true)).as(status).isEqualTo(FINAL);
            assertThat(SameNumberRule.decide(CORRECTION, status, "STANDARD", DOC, "STANDARD", OTHER, true)).as(status).isEqualTo(FINAL);
            assertThat(SameNumberRule.cancellable(status)).as(status).isFalse();
            // a correction whose answer was lost, sent again after the invoice went on: answered, not refused
            assertThat(SameNumberRule.decide(CORRECTION, status, "STANDARD", DOC, "STANDARD", DOC, true)).as(status).isEqualTo(REPLAY);
        }
        assertThat(SameNumberRule.cancellable("EXCEPTION")).isTrue();
    }

    @Test
    void anExplicitCorrectionWithTheSameContentIsAReplayAndCannotChangeThePurpose() {
        assertThat(SameNumberRule.decide(CORRECTION, "EXCEPTION", "STANDARD", DOC, "STANDARD", DOC, false)).isEqualTo(REPLAY);
        assertThat(SameNumberRule.decide(CORRECTION, "EXCEPTION", "STANDARD", DOC, "STANDARD", OTHER, false))
                .isEqualTo(SameNumberRule.Verdict.CORRECTION);
        assertThat(SameNumberRule.decide(CORRECTION, "EXCEPTION", "STANDARD", DOC, "DEBIT_MEMO", OTHER, false))
                .isEqualTo(PURPOSE_CHANGED);
    }
}
