package io.procurewire.catalog.sync;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/**
 * The buyer platform's supplier items API (Coupa-compatible; served by the sandbox). Built per sync target with its
 * base URL; the policy (timeouts, retries, circuit breaker) lives on {@link BuyerPlatformClient}.
 */
@RegisterRestClient
@Produces(MediaType.APPLICATION_JSON)
public interface BuyerPlatformApi {

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Token(@JsonProperty("access_token") String accessToken, @JsonProperty("token_type") String tokenType,
                 @JsonProperty("expires_in") Long expiresIn) {
    }

    @POST
    @Path("/oauth2/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    Token token(@FormParam("grant_type") String grantType, @FormParam("client_id") String clientId,
                @FormParam("client_secret") String clientSecret, @FormParam("scope") String scope);

    @GET
    @Path("/api/supplier_items")
    List<SupplierItem> list(@HeaderParam("Authorization") String authorization,
                            @QueryParam("supplier[number]") String supplierNumber,
                            @QueryParam("offset") int offset, @QueryParam("limit") int limit);

    /** The supplier's items with this supplier part number (Coupa query by attribute). */
    @GET
    @Path("/api/supplier_items")
    List<SupplierItem> findByPartNumber(@HeaderParam("Authorization") String authorization,
                                        @QueryParam("supplier[number]") String supplierNumber,
                                        @QueryParam("supplier-part-num") String supplierPartNum);

    @POST
    @Path("/api/supplier_items")
    @Consumes(MediaType.APPLICATION_JSON)
    SupplierItem create(@HeaderParam("Authorization") String authorization, SupplierItem item);

    @PUT
    @Path("/api/supplier_items/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    SupplierItem update(@HeaderParam("Authorization") String authorization, @PathParam("id") long id, SupplierItem item);

    @DELETE
    @Path("/api/supplier_items/{id}")
    void delete(@HeaderParam("Authorization") String authorization, @PathParam("id") long id);
}
