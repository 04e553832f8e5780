package io.procurewire.invoice.fakebuyer;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test-only stand-in for the buyer platform's Core API (Coupa shape: hyphenated keys), served by the test
 * application itself under /fake-buyer. POs are registered by tests; "failing" PO numbers answer 503.
 */
@Path("/fake-buyer")
@PermitAll
public class FakeBuyerPlatform {

    public static final Map<String, Map<String, Object>> ORDERS = new ConcurrentHashMap<>();
    public static final java.util.Set<String> FAILING = ConcurrentHashMap.newKeySet();
    public static final AtomicInteger TOKENS_ISSUED = new AtomicInteger();
    private static final String TOKEN = "fake-token-1";

    private static final AtomicInteger NEXT_ORDER_ID = new AtomicInteger();

    /** Registers a PO; its lines get platform ids {@code <order id> * 1000 + line-num} (see {@link #lineId}). */
    public static void order(String poNumber, String currency, List<Map<String, Object>> lines) {
        int id = NEXT_ORDER_ID.incrementAndGet();
        List<Map<String, Object>> withIds = lines.stream().map(l -> {
            Map<String, Object> line = new java.util.LinkedHashMap<>(l);
            line.put("id", id * 1000L + ((Number) l.get("line-num")).intValue());
            return (Map<String, Object>) line;
        }).toList();
        ORDERS.put(poNumber, Map.of("id", id, "po-number", poNumber, "status", "issued",
                "created-at", "2026-11-01T09:00:00Z", "currency", Map.of("code", currency),
                "supplier", Map.of("number", "SUP-1", "name", "Supplier One"), "order-lines", withIds));
    }

    /** The platform id of a registered PO's line, or null. */
    @SuppressWarnings("unchecked")
    public static Long lineId(String poNumber, int lineNum) {
        Map<String, Object> order = ORDERS.get(poNumber);
        if (order == null) {
            return null;
        }
        return ((List<Map<String, Object>>) order.get("order-lines")).stream()
                .filter(l -> ((Number) l.get("line-num")).intValue() == lineNum)
                .map(l -> ((Number) l.get("id")).longValue()).findFirst().orElse(null);
    }

    /** The PO number and line number of a platform order-line id, or null. */
    @SuppressWarnings("unchecked")
    public static Map.Entry<String, Integer> line(long lineId) {
        for (Map<String, Object> order : ORDERS.values()) {
            for (Map<String, Object> l : (List<Map<String, Object>>) order.get("order-lines")) {
                if (((Number) l.get("id")).longValue() == lineId) {
                    return Map.entry((String) order.get("po-number"), ((Number) l.get("line-num")).intValue());
                }
            }
        }
        return null;
    }

    public static Map<String, Object> line(int n, String quantity, String price, String uom) {
        return Map.of("line-num", n, "quantity", quantity, "price", price, "uom", Map.of("code", uom),
                "commodity", Map.of("name", "office"));
    }

    @POST
    @Path("/oauth2/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response token(@FormParam("grant_type") String grant, @FormParam("client_id") String id,
                          @FormParam("client_secret") String secret) {
        if (!"client_credentials".equals(grant) || !"invoice-test".equals(id) || !"invoice-test-secret".equals(secret)) {
            return Response.status(401).entity(Map.of("error", "invalid_client")).build();
        }
        TOKENS_ISSUED.incrementAndGet();
        return Response.ok(Map.of("access_token", TOKEN, "token_type", "bearer", "expires_in", 7200)).build();
    }

    @GET
    @Path("/api/purchase_orders")
    @Produces(MediaType.APPLICATION_JSON)
    public Response purchaseOrders(@HeaderParam("Authorization") String auth, @QueryParam("po-number") String poNumber) {
        if (!("Bearer " + TOKEN).equals(auth)) {
            return Response.status(401).build();
        }
        if (FAILING.contains(poNumber)) {
            return Response.status(503).build();
        }
        Map<String, Object> order = ORDERS.get(poNumber);
        return Response.ok(order == null ? List.of() : List.of(order)).build();
    }
}
