package io.procurewire.ordersync.ledger;

import org.junit.jupiter.api.Test;

import static io.procurewire.ordersync.ledger.ErpAction.Plan.RECOVER_EARLIER_DOCUMENT;
import static io.procurewire.ordersync.ledger.ErpAction.Plan.SEND;
import static io.procurewire.ordersync.ledger.ErpAction.Plan.SKIP;
import static org.assertj.core.api.Assertions.assertThat;

/** A cancel or close never goes to the ERP without the document it applies to. */
class ErpActionTest {

    @Test
    void aCancelOrCloseOfAPoTheErpNeverHadIsSkipped() {
        assertThat(ErpAction.plan(ErpAction.CANCEL, false, false)).isEqualTo(SKIP);
        assertThat(ErpAction.plan(ErpAction.CLOSE, false, false)).isEqualTo(SKIP);
    }

    @Test
    void aCancelOrCloseAfterAnUnansweredSendFirstRecoversThatDocument() {
        assertThat(ErpAction.plan(ErpAction.CANCEL, false, true)).isEqualTo(RECOVER_EARLIER_DOCUMENT);
        assertThat(ErpAction.plan(ErpAction.CLOSE, false, true)).isEqualTo(RECOVER_EARLIER_DOCUMENT);
    }

    @Test
    void everythingElseIsSent() {
        assertThat(ErpAction.plan(ErpAction.CANCEL, true, false)).isEqualTo(SEND);
        assertThat(ErpAction.plan(ErpAction.CLOSE, true, true)).isEqualTo(SEND);
        assertThat(ErpAction.plan(ErpAction.CREATE, false, false)).isEqualTo(SEND);
        assertThat(ErpAction.plan(ErpAction.CREATE, false, true)).isEqualTo(SEND);
        assertThat(ErpAction.plan(ErpAction.UPDATE, true, false)).isEqualTo(SEND);
    }
}
