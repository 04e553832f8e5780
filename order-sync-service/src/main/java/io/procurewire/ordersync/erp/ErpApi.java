package io.procurewire.ordersync.erp;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

/** The ERP's purchase-order endpoint (the integration's ERP URL is the full URL of this resource). */
@Produces(MediaType.APPLICATION_JSON)
public interface ErpApi {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    JsonNode send(@HeaderParam("Authorization") String authorization, Map<String, Object> purchaseOrder);
}
