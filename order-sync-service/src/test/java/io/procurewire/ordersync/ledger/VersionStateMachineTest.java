package io.procurewire.ordersync.ledger;

import io.procurewire.ordersync.ledger.VersionStateMachine.Event;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;

import static io.procurewire.ordersync.ledger.VersionState.COMPLETED;
import static io.procurewire.ordersync.ledger.VersionState.DEAD_LETTERED;
import static io.procurewire.ordersync.ledger.VersionState.ERP_CONFIRMED;
import static io.procurewire.ordersync.ledger.VersionState.RECEIVED;
import static io.procurewire.ordersync.ledger.VersionState.SENT_TO_ERP;
import static io.procurewire.ordersync.ledger.VersionState.SUPERSEDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every event from every state: the allowed ones land where the diagram says, the others are refused. */
class VersionStateMachineTest {

    private static Map<VersionState, VersionState> expect(Object... pairs) {
        Map<VersionState, VersionState> map = new EnumMap<>(VersionState.class);
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((VersionState) pairs[i], (VersionState) pairs[i + 1]);
        }
        return map;
    }

    private static final Map<Event, Map<VersionState, VersionState>> TABLE = Map.of(
            Event.SEND, expect(RECEIVED, SENT_TO_ERP, SENT_TO_ERP, SENT_TO_ERP),
            Event.ERP_CONFIRMED, expect(SENT_TO_ERP, ERP_CONFIRMED),
            Event.FOLLOW_UPS_DONE, expect(ERP_CONFIRMED, COMPLETED),
            Event.SUPERSEDE, expect(RECEIVED, SUPERSEDED, DEAD_LETTERED, SUPERSEDED),
            Event.FAIL_RETRYABLE, expect(RECEIVED, RECEIVED, SENT_TO_ERP, SENT_TO_ERP, ERP_CONFIRMED, ERP_CONFIRMED),
            Event.DEAD_LETTER, expect(RECEIVED, DEAD_LETTERED, SENT_TO_ERP, DEAD_LETTERED, ERP_CONFIRMED, DEAD_LETTERED),
            Event.RETRY_NOW, expect(DEAD_LETTERED, ERP_CONFIRMED, SENT_TO_ERP, SENT_TO_ERP, ERP_CONFIRMED, ERP_CONFIRMED,
                    RECEIVED, RECEIVED),
            Event.REPLAY, expect(RECEIVED, RECEIVED, SENT_TO_ERP, RECEIVED, ERP_CONFIRMED, RECEIVED, COMPLETED, RECEIVED,
                    SUPERSEDED, RECEIVED, DEAD_LETTERED, RECEIVED),
            Event.FOLLOW_UP_OWED, expect(COMPLETED, ERP_CONFIRMED),
            Event.SKIP_ERP, expect(RECEIVED, ERP_CONFIRMED, SENT_TO_ERP, ERP_CONFIRMED));

    @Test
    void everyTransitionOfEveryStateIsAllowedOrRefusedAsDesigned() {
        for (Event event : Event.values()) {
            Map<VersionState, VersionState> allowed = TABLE.get(event);
            for (VersionState from : VersionState.values()) {
                if (allowed.containsKey(from)) {
                    // a dead letter goes back to the state it failed in (ERP_CONFIRMED in this table)
                    assertThat(VersionStateMachine.next(from, event, ERP_CONFIRMED)).as(from + " + " + event)
                            .isEqualTo(allowed.get(from));
                } else {
                    assertThatThrownBy(() -> VersionStateMachine.next(from, event, null)).as(from + " + " + event)
                            .isInstanceOf(VersionStateMachine.IllegalTransition.class)
                            .hasMessage("a PO version in state " + from + " cannot take " + event);
                }
            }
        }
    }

    @Test
    void aDeadLetterWithoutARecordedStepStartsAgainFromReceived() {
        assertThat(VersionStateMachine.next(DEAD_LETTERED, Event.RETRY_NOW, null)).isEqualTo(RECEIVED);
    }

    /**
     * Crash points: whatever step a worker dies after, the committed state is one a successor can continue from,
     * and continuing never needs a second ERP document (SENT_TO_ERP resends under the same key).
     */
    @Test
    void aCrashAfterAnyCommittedStepLeavesAStateTheNextWorkerContinuesFrom() {
        assertThat(VersionStateMachine.allowed(RECEIVED, Event.SEND)).isTrue();       // crash before the ERP call
        assertThat(VersionStateMachine.allowed(SENT_TO_ERP, Event.SEND)).isTrue();    // crash during/after the ERP call
        assertThat(VersionStateMachine.allowed(ERP_CONFIRMED, Event.FOLLOW_UPS_DONE)).isTrue(); // crash before the mark
        assertThat(VersionStateMachine.allowed(COMPLETED, Event.SEND)).isFalse();     // done is never sent again by itself
        assertThat(VersionStateMachine.allowed(ERP_CONFIRMED, Event.SEND)).isFalse(); // confirmed is never re-sent
        for (VersionState state : VersionState.values()) {
            assertThat(VersionStateMachine.allowed(state, Event.REPLAY)).isTrue();
        }
    }
}
