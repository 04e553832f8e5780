package io.procurewire.ordersync.status;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SameOriginTest {

    @Test
    void onlyFormPostsFromThePageItselfAreAccepted() {
        assertThat(SameOrigin.allowed("same-origin", "http://localhost:8083", "localhost:8083")).isTrue();
        assertThat(SameOrigin.allowed(null, "http://localhost:8083", "localhost:8083")).isTrue();
        assertThat(SameOrigin.allowed("same-origin", null, "localhost:8083")).isTrue();
        assertThat(SameOrigin.allowed("cross-site", "http://localhost:8083", "localhost:8083")).isFalse();
        assertThat(SameOrigin.allowed(null, "https://evil.example", "localhost:8083")).isFalse();
        assertThat(SameOrigin.allowed(null, "http://localhost:8084", "localhost:8083")).isFalse();
        assertThat(SameOrigin.allowed(null, null, "localhost:8083")).isFalse();
    }
}
