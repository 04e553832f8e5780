package io.procurewire.catalog.security;

import io.procurewire.catalog.Fixtures;
import io.procurewire.catalog.IsolatedDatabaseProfile;
import io.procurewire.testsupport.security.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import static io.procurewire.testsupport.security.TestUsers.anonymous;

/**
 * With OIDC switched on, a bearer token from the identity provider authenticates and its roles claim authorises,
 * beside the Basic users. The provider is played by a key pair made here: the service verifies tokens with the public
 * key, as it would with the keys from the issuer's JWKS.
 */
@QuarkusTest
@TestProfile(OidcBearerTokenTest.WithOidc.class)
class OidcBearerTokenTest {

    public static class WithOidc extends IsolatedDatabaseProfile {
        @Override
        protected String database() {
            return "catalog_oidc";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(super.getConfigOverrides());
            config.put("quarkus.oidc.tenant-enabled", "true");
            config.put("quarkus.oidc.public-key", Base64.getEncoder().encodeToString(Provider.KEYS.getPublic().getEncoded()));
            config.put("quarkus.oidc.token.issuer", Provider.ISSUER);
            return config;
        }
    }

    /** The identity provider of this test. */
    static final class Provider {
        static final String ISSUER = "https://idp.example.test/realms/procurewire";
        static final KeyPair KEYS = generate();

        private static KeyPair generate() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return generator.generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        static String token(String issuer, String groupsJson) {
            Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
            long now = Instant.now().getEpochSecond();
            String header = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
            String claims = b64.encodeToString(("{\"iss\":\"" + issuer + "\",\"sub\":\"ops\",\"iat\":" + now
                    + ",\"exp\":" + (now + 300) + ",\"groups\":" + groupsJson + "}").getBytes(StandardCharsets.UTF_8));
            try {
                Signature rsa = Signature.getInstance("SHA256withRSA");
                rsa.initSign(KEYS.getPrivate());
                rsa.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
                return header + "." + claims + "." + b64.encodeToString(rsa.sign());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void aTokenWithTheAdminRoleChanges() {
        anonymous().auth().oauth2(Provider.token(Provider.ISSUER, "[\"admin\"]")).contentType("application/json")
                .body(Fixtures.product("OIDC-1", "Via token", "1.00", "USD")).post("/api/products").then().statusCode(201);
    }

    @Test
    void aViewerTokenReadsButCannotChange() {
        String viewer = Provider.token(Provider.ISSUER, "[\"viewer\"]");
        anonymous().auth().oauth2(viewer).get("/api/products").then().statusCode(200);
        anonymous().auth().oauth2(viewer).delete("/api/products/OIDC-1").then().statusCode(403);
    }

    @Test
    void aTokenFromAnotherIssuerOrWithoutARoleIsRefused() {
        anonymous().auth().oauth2(Provider.token("https://evil.example.test", "[\"admin\"]"))
                .get("/api/products").then().statusCode(401);
        anonymous().auth().oauth2(Provider.token(Provider.ISSUER, "[]")).get("/api/products").then().statusCode(403);
        anonymous().auth().oauth2("not-a-token").get("/api/products").then().statusCode(401);
    }

    @Test
    void basicUsersKeepWorkingBesideTokens() {
        TestUsers.VIEWER.given().get("/api/products").then().statusCode(200);
        anonymous().get("/api/products").then().statusCode(401);
    }
}
