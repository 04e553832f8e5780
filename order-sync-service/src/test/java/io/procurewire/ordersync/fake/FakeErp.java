package io.procurewire.ordersync.fake;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A test-only ERP: idempotent on po-number + version like the real one; can be made to fail. */
@Path("/fake-erp/purchase-orders")
@PermitAll
@Singleton
@Produces(MediaType.APPLICATION_JSON)
public class FakeErp {

    /** Every document the ERP created, by "po-number/version". */
    public final Map<String, String> documents = new ConcurrentHashMap<>();
    /** Every body received (resends included). */
    public final List<JsonNode> received = new CopyOnWriteArrayList<>();
    public final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final List<Integer> failures = new CopyOnWriteArrayList<>();
    private final AtomicInteger numbers = new AtomicInteger(100000);
    public volatile boolean down;
    /** When set: each ERP call counts it down and waits (outside the lock, at most 10 s) until it reaches zero. */
    public volatile java.util.concurrent.CountDownLatch gate;

    public void reset() {
        documents.clear();
        received.clear();
        authorizations.clear();
        failures.clear();
        down = false;
        gate = null;
    }

    public void failNext(Integer... statuses) {
        failures.addAll(List.of(statuses));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response receive(@HeaderParam("Authorization") String authorization, JsonNode body)
            throws InterruptedException {
        java.util.concurrent.CountDownLatch waitFor = gate;
        if (waitFor != null) {
            waitFor.countDown();
            waitFor.await(10, java.util.concurrent.TimeUnit.SECONDS);
        }
        return store(authorization, body);
    }

    private synchronized Response store(String authorization, JsonNode body) {
        authorizations.add(authorization == null ? "" : authorization);
        if (down) {
            return Response.status(503).entity(Map.of("title", "ERP down")).build();
        }
        if (!failures.isEmpty()) {
            return Response.status(failures.remove(0)).entity(Map.of("title", "injected")).build();
        }
        received.add(body);
        String key = body.get("po-number").asText() + "/" + body.get("version").asInt();
        boolean created = !documents.containsKey(key);
        String number = documents.computeIfAbsent(key, k -> "ERP-" + numbers.incrementAndGet());
        return Response.status(created ? 201 : 200).entity(Map.of("erp-document-number", number,
                "po-number", body.get("po-number").asText(), "version", body.get("version").asInt(),
                "status", "confirmed")).build();
    }
}
