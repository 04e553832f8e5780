package io.procurewire.ordersync.platform;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.Map;

/**
 * The buyer platform's Core API (Coupa-compatible, JSON with hyphenated keys). Built per base URL by
 * {@link PlatformClient}, which carries the policy.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface CoupaApi {

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Token(@JsonProperty("access_token") String accessToken, @JsonProperty("expires_in") Long expiresIn) {
    }

    @POST
    @Path("/oauth2/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    Token token(@FormParam("grant_type") String grantType, @FormParam("client_id") String clientId,
                @FormParam("client_secret") String clientSecret, @FormParam("scope") String scope);

    @GET
    @Path("/api/{resource}")
    JsonNode list(@HeaderParam("Authorization") String authorization, @PathParam("resource") String resource,
                  @RestQuery Map<String, String> query);

    @PUT
    @Path("/api/{resource}/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    JsonNode update(@HeaderParam("Authorization") String authorization, @PathParam("resource") String resource,
                    @PathParam("id") long id, @RestQuery Map<String, String> query, JsonNode body);

    @PUT
    @Path("/api/{resource}/{id}/{action}")
    @Consumes(MediaType.APPLICATION_JSON)
    JsonNode act(@HeaderParam("Authorization") String authorization, @PathParam("resource") String resource,
                 @PathParam("id") long id, @PathParam("action") String action, JsonNode body);

    @POST
    @Path("/api/{resource}")
    @Consumes(MediaType.APPLICATION_JSON)
    JsonNode create(@HeaderParam("Authorization") String authorization, @PathParam("resource") String resource,
                    JsonNode body);

    @POST
    @Path("/api/{resource}/{action}")
    @Consumes(MediaType.APPLICATION_JSON)
    JsonNode createVia(@HeaderParam("Authorization") String authorization, @PathParam("resource") String resource,
                       @PathParam("action") String action, JsonNode body);

}
