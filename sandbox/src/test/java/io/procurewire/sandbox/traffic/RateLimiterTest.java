package io.procurewire.sandbox.traffic;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTest {

    private final AtomicLong clock = new AtomicLong();
    private final RateLimiter limiter = new RateLimiter(25, 20, clock::get);

    @Test
    void allowsABurstOfTwentyThenRefusesWithRetryAfter() {
        for (int i = 0; i < 20; i++) {
            assertThat(limiter.tryAcquire("a").allowed()).as("request %d", i).isTrue();
        }
        RateLimiter.Decision refused = limiter.tryAcquire("a");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void refillsAtTwentyFivePerSecond() {
        for (int i = 0; i < 20; i++) {
            limiter.tryAcquire("a");
        }
        clock.addAndGet(200_000_000L); // 0.2 s -> 5 tokens
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        }
        assertThat(limiter.tryAcquire("a").allowed()).isFalse();
    }

    @Test
    void keepsOneBucketPerCaller() {
        for (int i = 0; i < 20; i++) {
            limiter.tryAcquire("a");
        }
        assertThat(limiter.tryAcquire("a").allowed()).isFalse();
        assertThat(limiter.tryAcquire("b").allowed()).isTrue();
    }

    @Test
    void retryAfterCoversTheWaitForTheNextToken() {
        RateLimiter slow = new RateLimiter(0.25, 1, clock::get);
        assertThat(slow.tryAcquire("a").allowed()).isTrue();
        assertThat(slow.tryAcquire("a").retryAfterSeconds()).isEqualTo(4);
    }
}
