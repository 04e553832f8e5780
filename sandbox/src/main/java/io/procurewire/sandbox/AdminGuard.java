package io.procurewire.sandbox;

import io.procurewire.problem.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** /admin/* needs the configured admin token when one is set (a shared sandbox); a local sandbox leaves it open. */
public class AdminGuard {

    private final SandboxConfig config;

    public AdminGuard(SandboxConfig config) {
        this.config = config;
    }

    @ServerRequestFilter
    public Optional<Response> checkAdminToken(ContainerRequestContext request) {
        if (config.adminToken().isEmpty() || !request.getUriInfo().getPath().startsWith("/admin")) {
            return Optional.empty();
        }
        String given = request.getHeaderString("X-Sandbox-Admin-Token");
        if (given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                config.adminToken().get().getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        return Optional.of(Response.status(401).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(401, "Unauthorized", "header X-Sandbox-Admin-Token is missing or wrong")).build());
    }
}
