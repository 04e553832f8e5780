package io.procurewire.sandbox.auth;

import io.procurewire.sandbox.SandboxConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** Issues and checks client-credentials tokens. */
@ApplicationScoped
public class TokenService {

    /** Why a token request failed, as RFC 6749 section 5.2 names it. */
    public static class TokenRefused extends RuntimeException {
        public final int status;
        public final String error;

        TokenRefused(int status, String error, String description) {
            super(description);
            this.status = status;
            this.error = error;
        }
    }

    public record Issued(String accessToken, long expiresIn, String scope) {
    }

    /** Per bean, created at run time: a static one would be seeded once, while building a native image. */
    private final SecureRandom random = new SecureRandom();

    private final SandboxConfig config;

    public TokenService(SandboxConfig config) {
        this.config = config;
    }

    @Transactional
    public Issued issue(String grantType, String clientId, String clientSecret, String requestedScope) {
        if (!"client_credentials".equals(grantType)) {
            throw new TokenRefused(400, "unsupported_grant_type", "only grant_type=client_credentials is supported");
        }
        if (clientId == null || clientSecret == null) {
            throw new TokenRefused(401, "invalid_client", "client_id and client_secret are required");
        }
        Set<String> allowed = allowedScopes(clientId, clientSecret)
                .orElseThrow(() -> new TokenRefused(401, "invalid_client", "unknown client or wrong secret"));
        Set<String> requested = Scopes.parse(requestedScope);
        Set<String> granted = requested.isEmpty() ? allowed : new LinkedHashSet<>(requested);
        if (!allowed.containsAll(granted)) {
            granted.removeAll(allowed);
            throw new TokenRefused(400, "invalid_scope", "scope not granted to this client: " + String.join(" ", granted));
        }
        AccessToken token = new AccessToken();
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        token.token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        token.clientId = clientId;
        token.scopes = String.join(" ", granted);
        long lifetime = config.oauth().tokenLifetime().toSeconds();
        token.expiresAt = OffsetDateTime.now().plusSeconds(lifetime);
        token.persist();
        return new Issued(token.token, lifetime, token.scopes);
    }

    private Optional<Set<String>> allowedScopes(String clientId, String clientSecret) {
        SandboxConfig.OAuth.Client configured = config.oauth().clients().get(clientId);
        if (configured != null) {
            return sameSecret(configured.secret(), clientSecret) ? Optional.of(Scopes.parse(configured.scopes())) : Optional.empty();
        }
        return OAuthClient.<OAuthClient>find("clientId", clientId).firstResultOptional()
                .filter(c -> sameSecret(c.clientSecret, clientSecret))
                .map(c -> Scopes.parse(c.scopes));
    }

    private static boolean sameSecret(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    /** The live token for a bearer value, if any. */
    @Transactional
    public Optional<AccessToken> check(String bearer) {
        return AccessToken.<AccessToken>findByIdOptional(bearer).filter(t -> t.expiresAt.isAfter(OffsetDateTime.now()));
    }

    @Transactional
    public OAuthClient register(String clientId, String clientSecret, String scopes) {
        if (config.oauth().clients().containsKey(clientId) || OAuthClient.count("clientId", clientId) > 0) {
            throw io.procurewire.problem.ProblemException.conflict("client " + clientId + " already exists");
        }
        OAuthClient client = new OAuthClient();
        client.clientId = clientId;
        client.clientSecret = clientSecret;
        client.scopes = String.join(" ", Scopes.parse(scopes));
        client.persist();
        return client;
    }
}
