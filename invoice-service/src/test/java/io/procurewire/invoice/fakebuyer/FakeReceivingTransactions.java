package io.procurewire.invoice.fakebuyer;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
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
import java.util.concurrent.atomic.AtomicInteger;

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

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@HeaderParam("Authorization") String auth, @QueryParam("id[gt]") Long idGt,
                         @QueryParam("updated-at[gt]") String updatedGt, @QueryParam("type[in]") String types,
                         @QueryParam("limit") Integer limit) {
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
                .limit(max).toList();
        return Response.ok(page).build();
    }
}
