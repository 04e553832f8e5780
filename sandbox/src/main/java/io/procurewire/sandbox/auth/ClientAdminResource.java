package io.procurewire.sandbox.auth;

import io.procurewire.problem.ProblemException;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/** Registers API clients at run time, as an admin does in Coupa under Setup > OAuth2/OpenID Connect Clients. */
@Path("/admin/oauth-clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class ClientAdminResource {

    @RegisterForReflection
    public record NewClient(String clientId, String clientSecret, String scopes) {
    }

    private final TokenService tokens;

    public ClientAdminResource(TokenService tokens) {
        this.tokens = tokens;
    }

    @POST
    public Response register(NewClient client) {
        if (client == null || blank(client.clientId()) || blank(client.clientSecret()) || blank(client.scopes())) {
            throw ProblemException.badRequest("clientId, clientSecret and scopes are required");
        }
        OAuthClient created = tokens.register(client.clientId(), client.clientSecret(), client.scopes());
        return Response.status(201).entity(Map.of("clientId", created.clientId, "scopes", created.scopes)).build();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
