package io.procurewire.sandbox.auth;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Coupa's OAuth2 token endpoint (client credentials). Client auth by form fields or HTTP Basic. */
@Path("/oauth2/token")
@PermitAll // the OAuth2 token endpoint: client id and secret authenticate the call.
public class TokenResource {

    private final TokenService tokens;

    public TokenResource(TokenService tokens) {
        this.tokens = tokens;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response token(@FormParam("grant_type") String grantType, @FormParam("client_id") String clientId,
                          @FormParam("client_secret") String clientSecret, @FormParam("scope") String scope,
                          @HeaderParam("Authorization") String authorization) {
        if (clientId == null && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                clientId = decoded.substring(0, colon);
                clientSecret = decoded.substring(colon + 1);
            }
        }
        try {
            TokenService.Issued issued = tokens.issue(grantType, clientId, clientSecret, scope);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("access_token", issued.accessToken());
            body.put("token_type", "bearer");
            body.put("expires_in", issued.expiresIn());
            body.put("scope", issued.scope());
            return Response.ok(body).header("Cache-Control", "no-store").build();
        } catch (TokenService.TokenRefused refused) {
            Response.ResponseBuilder response = Response.status(refused.status)
                    .entity(Map.of("error", refused.error, "error_description", refused.getMessage()));
            if (refused.status == 401) {
                response.header("WWW-Authenticate", "Basic realm=\"sandbox\"");
            }
            return response.type(MediaType.APPLICATION_JSON_TYPE).build();
        }
    }
}
