package io.procurewire.ordersync.delivery;

import io.procurewire.ordersync.platform.RemoteFailure;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures count toward dead-lettering, and how long a version waits. */
class FailedStepTest {

    private static final int MAX = 3;
    private static final RemoteFailure.BreakerOpen OPEN = new RemoteFailure.BreakerOpen("POST /erp",
            Duration.ofSeconds(30), null);

    @Test
    void anOpenBreakerIsNotAnAttemptAndWaitsForTheBreakersDelay() {
        // the ERP step counted its attempt when it committed SENT_TO_ERP; a request that never left takes it back
        FailedStep step = FailedStep.of(OPEN, true, 3, MAX, false);
        assertThat(step.attempts()).isEqualTo(2);
        assertThat(step.dead()).isFalse();
        assertThat(step.notAttempted()).isTrue();
        assertThat(step.notBefore()).isEqualTo(Duration.ofSeconds(30));
        // other steps count here: nothing is added
        assertThat(FailedStep.of(OPEN, false, 2, MAX, false).attempts()).isEqualTo(2);
    }

    @Test
    void anOpenBreakerNeverDeadLettersHoweverOftenItRefuses() {
        int attempts = 1;
        for (int i = 0; i < 50; i++) {
            // each try: SEND counts one, the refusal takes it back
            FailedStep step = FailedStep.of(OPEN, true, attempts + 1, MAX, false);
            assertThat(step.dead()).isFalse();
            attempts = step.attempts();
        }
        assertThat(attempts).isEqualTo(1);
    }

    @Test
    void aRealFailureThatOpenedTheBreakerBeforeTheRetryMetItIsAnAttempt() {
        FailedStep step = FailedStep.of(OPEN, true, 3, MAX, true);
        assertThat(step.notAttempted()).isFalse();
        assertThat(step.attempts()).isEqualTo(3);
        assertThat(step.dead()).isTrue();
        assertThat(step.notBefore()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void serverErrorsCountAndDeadLetterAtTheMaximum() {
        RemoteFailure unavailable = new RemoteFailure.Unavailable(503, "HTTP 503", null);
        assertThat(FailedStep.of(unavailable, true, 2, MAX, true)).isEqualTo(new FailedStep(2, false, false, null));
        assertThat(FailedStep.of(unavailable, true, 3, MAX, true).dead()).isTrue();
        assertThat(FailedStep.of(unavailable, false, 2, MAX, true)).isEqualTo(new FailedStep(3, true, false, null));
    }

    @Test
    void aRejectionDeadLettersAtOnceAndA429WaitsForRetryAfter() {
        assertThat(FailedStep.of(new RemoteFailure.Rejected(400, "HTTP 400"), true, 1, MAX, true).dead()).isTrue();
        FailedStep limited = FailedStep.of(new RemoteFailure.RateLimited(Duration.ofSeconds(7)), false, 0, MAX, true);
        assertThat(limited.dead()).isFalse();
        assertThat(limited.notBefore()).isEqualTo(Duration.ofSeconds(7));
    }
}
