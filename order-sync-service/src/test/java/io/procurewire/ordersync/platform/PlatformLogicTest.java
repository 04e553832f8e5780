package io.procurewire.ordersync.platform;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformLogicTest {

    @Test
    void theTokenBucketAllowsTheBurstThenRefillsAtTheConfiguredRate() {
        AtomicLong clock = new AtomicLong();
        TokenBucket bucket = new TokenBucket(25, 20, clock::get);
        for (int i = 0; i < 20; i++) {
            assertThat(bucket.tryAcquire()).isZero();
        }
        assertThat(bucket.tryAcquire()).isEqualTo(40_000_000L); // 1/25 s until the next token
        clock.addAndGet(1_000_000_000L);                         // one second: 25 tokens, capped at the burst of 20
        int granted = 0;
        while (bucket.tryAcquire() == 0) {
            granted++;
        }
        assertThat(granted).isEqualTo(20);
    }

    @Test
    void remoteStatusesAreClassifiedForRetries() {
        assertThat(RemoteFailures.classify("x", jakarta.ws.rs.core.Response.status(503).build()))
                .isInstanceOf(RemoteFailure.Unavailable.class);
        assertThat(RemoteFailures.classify("x", jakarta.ws.rs.core.Response.status(422).build()))
                .isInstanceOf(RemoteFailure.Rejected.class).extracting(RemoteFailure::retryable).isEqualTo(false);
        assertThat(RemoteFailures.classify("x", jakarta.ws.rs.core.Response.status(401).build()))
                .isInstanceOf(RemoteFailure.Unauthorized.class);
        RemoteFailure limited = RemoteFailures.classify("x",
                jakarta.ws.rs.core.Response.status(429).header("Retry-After", "2").build());
        assertThat(((RemoteFailure.RateLimited) limited).retryAfter()).hasSeconds(2);
    }
}
