package io.procurewire.invoice.po;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The buyer platform's Core API (Coupa-compatible) and its OAuth2 token endpoint. */
@RegisterRestClient(configKey = "buyer-platform")
public interface BuyerPlatformApi {

    @POST
    @Path("/oauth2/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    JsonNode token(@FormParam("grant_type") String grantType, @FormParam("client_id") String clientId,
                   @FormParam("client_secret") String clientSecret, @FormParam("scope") String scope);

    @GET
    @Path("/api/purchase_orders")
    @Produces(MediaType.APPLICATION_JSON)
    JsonNode purchaseOrders(@HeaderParam("Authorization") String bearer, @QueryParam("po-number") String poNumber);

    /** Goods receipts and returns ({@code id[gt]}, {@code updated-at[gt]}, {@code limit}; ordered by id). */
    @GET
    @Path("/api/receiving_transactions")
    @Produces(MediaType.APPLICATION_JSON)
    JsonNode receivingTransactions(@HeaderParam("Authorization") String bearer,
                                   @org.jboss.resteasy.reactive.RestQuery java.util.Map<String, String> query);

    /** Creates a receiving transaction ({@code type}, {@code quantity}, {@code order-line.id}, ...); 201 with its id. */
    @POST
    @Path("/api/receiving_transactions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    JsonNode createReceivingTransaction(@HeaderParam("Authorization") String bearer, JsonNode body);
}
