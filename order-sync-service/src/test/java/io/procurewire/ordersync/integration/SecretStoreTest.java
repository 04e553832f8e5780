package io.procurewire.ordersync.integration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecretStoreTest {

    @Test
    void aSecretIsBoundToItsUrlsAtAPathBoundary() {
        assertThat(SecretStore.matchesPrefix("https://acme.coupahost.com", "https://acme.coupahost.com")).isTrue();
        assertThat(SecretStore.matchesPrefix("https://acme.coupahost.com/api", "https://acme.coupahost.com/")).isTrue();
        assertThat(SecretStore.matchesPrefix("https://acme.coupahost.com.evil.example", "https://acme.coupahost.com"))
                .isFalse();
        assertThat(SecretStore.matchesPrefix("https://acme.coupahost.com:8443", "https://acme.coupahost.com")).isFalse();
        assertThat(SecretStore.matchesPrefix("http://localhost:8090/erp", "http://localhost:*")).isTrue();
        assertThat(SecretStore.matchesPrefix("http://localhost:8090", "http://localhost:*")).isTrue();
        assertThat(SecretStore.matchesPrefix("http://localhost:80.evil.example", "http://localhost:*")).isFalse();
        assertThat(SecretStore.matchesPrefix("http://localhostevil:80", "http://localhost:*")).isFalse();
    }
}
