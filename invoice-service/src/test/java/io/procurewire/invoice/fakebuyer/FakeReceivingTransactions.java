package io.procurewire.invoice.fakebuyer;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fake buyer platform's {@code /api/receiving_transactions} with the sandbox's semantics: {@code id[gt]},
 * {@code updated-at[gt]}, {@code type[in]}, {@code limit} (at most 50), ordered by id, timestamps in whole seconds.
 */
@Path("/fake-buyer/api/receiving_transactions")
@PermitAll
public class FakeReceivingTransactions {

    public static final ConcurrentSkipListMap<Long, Map<String, Object>> TRANSACTIONS = new ConcurrentSkipListMap<>();
    public static final AtomicBoolean FAILING = new AtomicBoolean();
    public static final AtomicInteger PAGES_SERVED = new AtomicInteger();
    /** Ids of created transactions start here (tests add their own below it). */
    public static final AtomicLong NEXT_ID = new AtomicLong(900_000);
    /** POSTs received, by order-line id (every POST, whatever was answered). */
    public static final Map<Long, AtomicInteger> POSTS = new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * Faults for the next POSTs, in order: an HTTP status (the transaction is not created), or {@code LOST} (the
     * transaction is created, then 503 is answered: the caller cannot know it arrived).
     */
    public static final ConcurrentLinkedQueue<String> POST_FAULTS = new ConcurrentLinkedQueue<>();

    public static void add(long id, String type, String status, String quantity, String poNumber, int lineNum) {
        String now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("id", id);
        t.put("created-at", now);
        t.put("updated-at", now);
        t.put("type", type);
        t.put("status", status);
        t.put("quantity", quantity);
        t.put("transaction-date", "2026-11-15T10:00:00Z");
        t.put("order-line", Map.of("id", id * 10, "line-num", lineNum, "po-number", poNumber));
        TRANSACTIONS.put(id, t);
    }

    public static void voidIt(long id) {
        Map<String, Object> t = new LinkedHashMap<>(TRANSACTIONS.get(id));
        t.put("status", "voided");
        t.put("updated-at", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString());
        TRANSACTIONS.put(id, t);
    }

    /** Transactions created on an order line (posted by the service under test). */
    public static List<Map<String, Object>> onLine(long orderLineId) {
        return TRANSACTIONS.values().stream().filter(t -> orderLineId == lineIdOf(t)).toList();
    }

    @SuppressWarnings("unchecked")
    private static long lineIdOf(Map<String, Object> t) {
        return ((Number) ((Map<String, Object>) t.get("order-line")).get("id")).longValue();
    }

    /** The sandbox's create: InventoryReceipt against an existing order line, quantity > 0; 201 with the id. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(@HeaderParam("Authorization") String auth, JsonNode body) {
        if (auth == null || !auth.startsWith("Bearer ")) {
            return Response.status(401).build();
        }
        long lineId = body.path("order-line").path("id").asLong(-1);
        POSTS.computeIfAbsent(lineId, k -> new AtomicInteger()).incrementAndGet();
        String fault = POST_FAULTS.poll();
        if (fault != null && !"LOST".equals(fault)) {
            return Response.status(Integer.parseInt(fault)).entity(Map.of("errors", List.of("injected " + fault))).build();
        }
        Map.Entry<String, Integer> line = FakeBuyerPlatform.line(lineId);
        if (line == null) {
            return Response.status(422).entity(Map.of("errors", List.of("Order line " + lineId + " does not exist"))).build();
        }
        String quantity = body.path("quantity").asText("0");
        if (new java.math.BigDecimal(quantity).signum() <= 0) {
            return Response.status(422).entity(Map.of("errors", List.of("Quantity must be greater than 0"))).build();
        }
        long id = NEXT_ID.incrementAndGet();
        String now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("id", id);
        t.put("created-at", now);
        t.put("updated-at", now);
        t.put("type", body.path("type").asText("InventoryReceipt"));
        t.put("status", "created");
        t.put("quantity", quantity);
        t.put("transaction-date", java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                OffsetDateTime.parse(body.path("transaction-date").asText())
                        .withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)));
        String asn = body.path("asn-header").path("asn-number").asText(null);
        t.put("asn-header", asn == null ? null : Map.of("asn-number", asn));
        t.put("order-line", Map.of("id", lineId, "line-num", line.getValue(), "po-number", line.getKey()));
        TRANSACTIONS.put(id, t);
        if ("LOST".equals(fault)) {
            return Response.status(503).build();
        }
        return Response.status(201).entity(t).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@HeaderParam("Authorization") String auth, @QueryParam("id[gt]") Long idGt,
                         @QueryParam("updated-at[gt]") String updatedGt, @QueryParam("type[in]") String types,
                         @QueryParam("order-line[id]") Long orderLineId, @QueryParam("limit") Integer limit) {
        if (auth == null || !auth.startsWith("Bearer ")) {
            return Response.status(401).build();
        }
        if (FAILING.get()) {
            return Response.status(503).build();
        }
        PAGES_SERVED.incrementAndGet();
        Set<String> typeSet = types == null ? null : Set.copyOf(Arrays.asList(types.split(",")));
        OffsetDateTime since = updatedGt == null ? null : OffsetDateTime.parse(updatedGt);
        int max = Math.min(limit == null ? 50 : limit, 50);
        List<Map<String, Object>> page = TRANSACTIONS.tailMap(idGt == null ? 0L : idGt, false).values().stream()
                .filter(t -> typeSet == null || typeSet.contains((String) t.get("type")))
                .filter(t -> since == null || OffsetDateTime.parse((String) t.get("updated-at")).isAfter(since))
                .filter(t -> orderLineId == null || orderLineId == lineIdOf(t))
                .limit(max).toList();
        return Response.ok(page).build();
    }
}
