package io.procurewire.invoice;

import io.procurewire.testsupport.security.EndpointSecurityAudit;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.procurewire.testsupport.security.TestUsers.anonymous;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The suite's security convention: every endpoint names its roles; only the inbound cXML URLs are open at the HTTP layer
 * (the cXML From/Sender credentials and SharedSecret authenticate each document).
 */
@QuarkusTest
class SecurityConventionTest {

    @Test
    void unannotatedEndpointsAreDeniedAndUsersComeFromConfigurationOrOidc() {
        Config config = ConfigProvider.getConfig();
        assertEquals(true, config.getValue("quarkus.security.jaxrs.deny-unannotated-endpoints", Boolean.class));
        assertEquals(true, config.getValue("quarkus.http.auth.basic", Boolean.class));
        assertEquals(true, config.getValue("quarkus.security.users.embedded.enabled", Boolean.class));
        assertEquals("admin", config.getValue("quarkus.security.users.embedded.roles.admin", String.class));
        assertEquals(false, config.getValue("quarkus.oidc.tenant-enabled", Boolean.class), "OIDC is off unless configured");
    }

    @Test
    void everyEndpointCarriesAnExplicitRole() {
        EndpointSecurityAudit audit = EndpointSecurityAudit.ofModule();
        assertEquals(Set.of(), audit.unannotated());
        assertEquals(Set.of("POST /cxml/invoices", "POST /cxml/invoices/test", "POST /cxml/ship-notices",
                "POST /cxml/ship-notices/test"), audit.open());
    }

    @Test
    void anUnknownPathAnswers404() {
        anonymous().get("/api/anything").then().statusCode(404);
    }
}
