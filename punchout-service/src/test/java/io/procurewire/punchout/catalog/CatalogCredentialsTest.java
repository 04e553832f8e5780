package io.procurewire.punchout.catalog;

import io.procurewire.punchout.PunchoutConfig;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CatalogCredentialsTest {

    private static PunchoutConfig config(String user, String password) {
        return (PunchoutConfig) Proxy.newProxyInstance(PunchoutConfig.class.getClassLoader(),
                new Class<?>[] {PunchoutConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "catalogUser" -> Optional.ofNullable(user);
                    case "catalogPassword" -> Optional.ofNullable(password);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void signsEveryCatalogCallWithTheConfiguredServiceUser() {
        MultivaluedMap<String, String> headers = new CatalogCredentials(config("punchout", "s3cr3t:x"))
                .update(new MultivaluedHashMap<>(), new MultivaluedHashMap<>());
        // Base64 of "punchout:s3cr3t:x"
        assertEquals(Map.of("Authorization", List.of("Basic cHVuY2hvdXQ6czNjcjN0Ong=")), headers);
    }

    @Test
    void sendsNoCredentialsWhenNoneAreConfigured() {
        assertNull(new CatalogCredentials(config(null, null))
                .update(new MultivaluedHashMap<>(), new MultivaluedHashMap<>()).getFirst("Authorization"));
    }

    @Test
    void readsTheServiceUserOnceNotOnEveryCall() {
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        PunchoutConfig configured = config("punchout", "s3cr3t:x");
        PunchoutConfig counting = (PunchoutConfig) Proxy.newProxyInstance(PunchoutConfig.class.getClassLoader(),
                new Class<?>[] {PunchoutConfig.class}, (proxy, method, args) -> {
                    reads.incrementAndGet();
                    return method.invoke(configured, args);
                });
        CatalogCredentials credentials = new CatalogCredentials(counting);
        int atStart = reads.get();
        for (int i = 0; i < 3; i++) {
            assertEquals("Basic cHVuY2hvdXQ6czNjcjN0Ong=", credentials
                    .update(new MultivaluedHashMap<>(), new MultivaluedHashMap<>()).getFirst("Authorization"));
        }
        assertEquals(atStart, reads.get());
    }
}
