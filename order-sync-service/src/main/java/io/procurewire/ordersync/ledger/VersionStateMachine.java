package io.procurewire.ordersync.ledger;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static io.procurewire.ordersync.ledger.VersionState.COMPLETED;
import static io.procurewire.ordersync.ledger.VersionState.DEAD_LETTERED;
import static io.procurewire.ordersync.ledger.VersionState.ERP_CONFIRMED;
import static io.procurewire.ordersync.ledger.VersionState.RECEIVED;
import static io.procurewire.ordersync.ledger.VersionState.SENT_TO_ERP;
import static io.procurewire.ordersync.ledger.VersionState.SUPERSEDED;

/**
 * The allowed transitions of a PO version. A crash between any two steps leaves the version in the state of the
 * last committed step; the next worker continues from there:
 * <pre>
 * RECEIVED ──send──▶ SENT_TO_ERP ──ERP document number──▶ ERP_CONFIRMED ──export mark / confirmation──▶ COMPLETED
 *    │                  │  ▲ retry (same ERP key)            │  ▲ retry
 *    │                  └──┘                                 └──┘
 *    └─ newer version ─▶ SUPERSEDED           any failing step ── attempts ≥ max or not retryable ──▶ DEAD_LETTERED
 * DEAD_LETTERED ── retry now ──▶ the state it failed in;   any state ── replay ──▶ RECEIVED
 * COMPLETED ── same content seen again, follow-up owed (export flag reset) ──▶ ERP_CONFIRMED
 * RECEIVED / SENT_TO_ERP ── a cancel or close of a PO the ERP never had: skipped, nothing sent ──▶ ERP_CONFIRMED
 * </pre>
 */
public final class VersionStateMachine {

    public enum Event {
        SEND, ERP_CONFIRMED, FOLLOW_UPS_DONE, SUPERSEDE, FAIL_RETRYABLE, DEAD_LETTER, RETRY_NOW, REPLAY,
        /** The same content is seen again with a follow-up owed (e.g. the buyer reset the export flag). */
        FOLLOW_UP_OWED,
        /** A cancel or close of a PO the ERP never had: nothing goes to the ERP; the follow-ups say it was skipped. */
        SKIP_ERP
    }

    private static final Map<Event, Set<VersionState>> ALLOWED_FROM = Map.of(
            Event.SEND, EnumSet.of(RECEIVED, SENT_TO_ERP),
            Event.ERP_CONFIRMED, EnumSet.of(SENT_TO_ERP),
            Event.FOLLOW_UPS_DONE, EnumSet.of(ERP_CONFIRMED),
            Event.SUPERSEDE, EnumSet.of(RECEIVED, DEAD_LETTERED),
            Event.FAIL_RETRYABLE, EnumSet.of(RECEIVED, SENT_TO_ERP, ERP_CONFIRMED),
            Event.DEAD_LETTER, EnumSet.of(RECEIVED, SENT_TO_ERP, ERP_CONFIRMED),
            Event.RETRY_NOW, EnumSet.of(DEAD_LETTERED, SENT_TO_ERP, ERP_CONFIRMED, RECEIVED),
            Event.FOLLOW_UP_OWED, EnumSet.of(COMPLETED),
            Event.SKIP_ERP, EnumSet.of(RECEIVED, SENT_TO_ERP),
            Event.REPLAY, EnumSet.allOf(VersionState.class));

    private VersionStateMachine() {
    }

    /**
     * The state after {@code event}; {@code failedIn} is the state a dead letter failed in (for RETRY_NOW).
     *
     * @throws IllegalTransition when the event is not allowed in {@code from}
     */
    public static VersionState next(VersionState from, Event event, VersionState failedIn) {
        if (!ALLOWED_FROM.get(event).contains(from)) {
            throw new IllegalTransition(from, event);
        }
        return switch (event) {
            case SEND -> SENT_TO_ERP;
            case ERP_CONFIRMED -> VersionState.ERP_CONFIRMED;
            case FOLLOW_UPS_DONE -> COMPLETED;
            case SUPERSEDE -> SUPERSEDED;
            case FAIL_RETRYABLE -> from;
            case DEAD_LETTER -> DEAD_LETTERED;
            case RETRY_NOW -> from == DEAD_LETTERED ? (failedIn == null ? RECEIVED : failedIn) : from;
            case REPLAY -> RECEIVED;
            case FOLLOW_UP_OWED, SKIP_ERP -> ERP_CONFIRMED;
        };
    }

    public static boolean allowed(VersionState from, Event event) {
        return ALLOWED_FROM.get(event).contains(from);
    }

    public static final class IllegalTransition extends IllegalStateException {
        public IllegalTransition(VersionState from, Event event) {
            super("a PO version in state " + from + " cannot take " + event);
        }
    }
}
