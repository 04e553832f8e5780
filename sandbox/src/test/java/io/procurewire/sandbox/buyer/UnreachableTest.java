package io.procurewire.sandbox.buyer;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;

import static org.assertj.core.api.Assertions.assertThat;

class UnreachableTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void namesWhatWentWrongWhereTheExceptionHasNoMessage() {
        assertThat(Unreachable.describe(new ConnectException(), "http://127.0.0.1:9/punchout", TIMEOUT))
                .isEqualTo("connection refused: nothing accepts connections at 127.0.0.1:9");
        assertThat(Unreachable.describe(new HttpTimeoutException("request timed out"), "https://localhost/cxml", TIMEOUT))
                .isEqualTo("timeout: localhost:443 did not answer within 30 s");
        assertThat(Unreachable.describe(new HttpConnectTimeoutException("HTTP connect timed out"),
                "http://localhost:8081/cxml", TIMEOUT))
                .isEqualTo("connection timed out: localhost:8081 did not accept a connection in time");
        ConnectException unresolved = new ConnectException();
        unresolved.initCause(new UnresolvedAddressException());
        assertThat(Unreachable.describe(unresolved, "http://supplier.invalid/punchout", TIMEOUT))
                .isEqualTo("host unknown: supplier.invalid could not be resolved");
        assertThat(Unreachable.describe(new UnknownHostException("supplier.invalid"), "http://supplier.invalid/", TIMEOUT))
                .isEqualTo("host unknown: supplier.invalid could not be resolved");
        assertThat(Unreachable.describe(new SSLHandshakeException("PKIX path building failed"), "https://localhost:8443/p",
                TIMEOUT)).isEqualTo("TLS handshake with localhost:8443 failed: PKIX path building failed");
        assertThat(Unreachable.describe(new IOException(new IllegalStateException()), "http://localhost:1/", TIMEOUT))
                .isEqualTo("IllegalStateException (localhost:1)");
    }
}
