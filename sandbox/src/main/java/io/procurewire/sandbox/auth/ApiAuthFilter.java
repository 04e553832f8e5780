package io.procurewire.sandbox.auth;

import io.procurewire.sandbox.api.CoupaErrors;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Optional;

/** Every /api/* call needs a live bearer token carrying the scope of the object and verb: 401 without, 403 short. */
public class ApiAuthFilter {

    private final TokenService tokens;

    public ApiAuthFilter(TokenService tokens) {
        this.tokens = tokens;
    }

    @ServerRequestFilter
    public Optional<Response> authorise(ContainerRequestContext request, HttpHeaders headers) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/")) {
            return Optional.empty();
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(unauthorised("Missing bearer token: get one from POST /oauth2/token", headers));
        }
        Optional<AccessToken> token = tokens.check(authorization.substring(7).trim());
        if (token.isEmpty()) {
            return Optional.of(unauthorised("Invalid or expired access token", headers));
        }
        Optional<String> required = Scopes.required(request.getMethod(), path.substring("/api/".length()));
        if (required.isPresent() && !token.get().scopeSet().contains(required.get())) {
            Response forbidden = CoupaErrors.respond(403, List.of("Access denied: scope " + required.get()
                    + " is required"), headers);
            return Optional.of(Response.fromResponse(forbidden)
                    .header("WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"" + required.get() + "\"")
                    .build());
        }
        return Optional.empty();
    }

    private static Response unauthorised(String message, HttpHeaders headers) {
        return Response.fromResponse(CoupaErrors.respond(401, List.of(message), headers))
                .header("WWW-Authenticate", "Bearer realm=\"sandbox\"").build();
    }
}
