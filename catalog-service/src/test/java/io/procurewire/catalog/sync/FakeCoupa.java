package io.procurewire.catalog.sync;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Singleton;
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
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test-only buyer platform: the Coupa-compatible supplier items API (OAuth2 client credentials, paging of at most 50,
 * soft delete) served by the test application itself, with switchable faults: reject an item with a status,
 * 503 for the next N requests, 429 with Retry-After, latency on listing. Also receives alert webhooks.
 */
@Path("/fake-coupa")
@PermitAll
@Singleton
@Produces(MediaType.APPLICATION_JSON)
public class FakeCoupa {

    static final String CLIENT_ID = "sync-client";
    static final String SECRET = "s3cret";

    final ConcurrentSkipListMap<Long, SupplierItem> items = new ConcurrentSkipListMap<>();
    final AtomicLong ids = new AtomicLong(1000);
    final Map<String, Integer> rejectParts = new ConcurrentHashMap<>();
    final AtomicInteger unavailableNext = new AtomicInteger();
    final AtomicInteger unavailableWritesNext = new AtomicInteger();
    final AtomicInteger rateLimitNext = new AtomicInteger();
    final AtomicInteger rateLimitsSent = new AtomicInteger();
    volatile boolean down;
    /** Hosts (as in the base URL) for which the platform is down: two base URLs, two platforms. */
    final java.util.Set<String> downHosts = ConcurrentHashMap.newKeySet();
    volatile long listLatencyMillis;
    volatile long writeLatencyMillis;
    /** The next N creates store the item and then answer 503, as when the answer is lost on the way back. */
    final AtomicInteger storeThenFailCreatesNext = new AtomicInteger();
    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.UriInfo uri;
    final List<String> writes = new CopyOnWriteArrayList<>();
    final List<Map<String, Object>> webhooks = new CopyOnWriteArrayList<>();
    private final Map<String, Boolean> tokens = new ConcurrentHashMap<>();

    void reset() {
        items.clear();
        rejectParts.clear();
        unavailableNext.set(0);
        unavailableWritesNext.set(0);
        rateLimitNext.set(0);
        rateLimitsSent.set(0);
        down = false;
        downHosts.clear();
        listLatencyMillis = 0;
        writeLatencyMillis = 0;
        storeThenFailCreatesNext.set(0);
        writes.clear();
        webhooks.clear();
    }

    SupplierItem seed(SupplierItem item) {
        SupplierItem stored = item.withId(ids.incrementAndGet());
        items.put(stored.id(), stored);
        return stored;
    }

    SupplierItem find(String supplierNumber, String partNum) {
        return items.values().stream().filter(i -> i.supplier().number().equals(supplierNumber)
                && i.supplierPartNum().equals(partNum)).findFirst().orElse(null);
    }

    @POST
    @Path("/oauth2/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response token(@FormParam("grant_type") String grantType, @FormParam("client_id") String clientId,
                          @FormParam("client_secret") String secret, @FormParam("scope") String scope) {
        Response fault = fault();
        if (fault != null) {
            return fault;
        }
        if (!"client_credentials".equals(grantType) || !CLIENT_ID.equals(clientId) || !SECRET.equals(secret)
                || scope == null || !scope.contains("core.catalog.write")) {
            return Response.status(401).entity(Map.of("error", "invalid_client")).build();
        }
        String token = "tok-" + ids.incrementAndGet();
        tokens.put(token, true);
        return Response.ok(Map.of("access_token", token, "token_type", "bearer", "expires_in", 7200)).build();
    }

    @GET
    @Path("/api/supplier_items")
    public Response list(@HeaderParam("Authorization") String auth, @QueryParam("supplier[number]") String supplier,
                         @QueryParam("supplier-part-num") String partNum,
                         @QueryParam("offset") int offset, @QueryParam("limit") int limit) throws InterruptedException {
        Response fault = authorizedWithoutFault(auth);
        if (fault != null) {
            return fault;
        }
        if (limit == 0) {
            limit = 50;
        }
        if (limit > 50) {
            return Response.status(400).entity(Map.of("errors", List.of("limit must be at most 50"))).build();
        }
        if (listLatencyMillis > 0) {
            Thread.sleep(listLatencyMillis);
        }
        List<SupplierItem> page = items.values().stream()
                .filter(i -> supplier == null || i.supplier().number().equals(supplier))
                .filter(i -> partNum == null || i.supplierPartNum().equals(partNum))
                .skip(offset).limit(limit).toList();
        return Response.ok(page).build();
    }

    @POST
    @Path("/api/supplier_items")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@HeaderParam("Authorization") String auth, SupplierItem item) {
        Response fault = writeFault(auth, item.supplierPartNum());
        if (fault != null) {
            return fault;
        }
        SupplierItem stored = stamp(item.withId(ids.incrementAndGet()));
        items.put(stored.id(), stored);
        writes.add("POST " + item.supplierPartNum());
        if (storeThenFailCreatesNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return Response.status(503).build();
        }
        return Response.status(201).entity(stored).build();
    }

    @PUT
    @Path("/api/supplier_items/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@HeaderParam("Authorization") String auth, @PathParam("id") long id, SupplierItem item) {
        Response fault = writeFault(auth, item.supplierPartNum());
        if (fault != null) {
            return fault;
        }
        if (!items.containsKey(id)) {
            return Response.status(404).entity(Map.of("errors", List.of("no supplier item " + id))).build();
        }
        SupplierItem stored = stamp(item.withId(id));
        items.put(id, stored);
        writes.add("PUT " + item.supplierPartNum());
        return Response.ok(stored).build();
    }

    @DELETE
    @Path("/api/supplier_items/{id}")
    public Response delete(@HeaderParam("Authorization") String auth, @PathParam("id") long id) {
        SupplierItem existing = items.get(id);
        Response fault = writeFault(auth, existing == null ? null : existing.supplierPartNum());
        if (fault != null) {
            return fault;
        }
        if (existing == null) {
            return Response.status(404).build();
        }
        items.put(id, stamp(existing.withActive(false)));
        writes.add("DELETE " + existing.supplierPartNum());
        return Response.noContent().build();
    }

    @POST
    @Path("/webhook")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response webhook(Map<String, Object> alert) {
        webhooks.add(alert);
        return Response.noContent().build();
    }

    private Response writeFault(String auth, String partNum) {
        Response fault = authorizedWithoutFault(auth);
        if (fault != null) {
            return fault;
        }
        if (writeLatencyMillis > 0) {
            try {
                Thread.sleep(writeLatencyMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (unavailableWritesNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return Response.status(503).build();
        }
        Integer status = partNum == null ? null : rejectParts.get(partNum);
        if (status != null) {
            return Response.status(status).entity(Map.of("errors", Map.of("supplier-part-num",
                    List.of("is rejected by the test for " + partNum)))).build();
        }
        return null;
    }

    private Response authorizedWithoutFault(String auth) {
        Response fault = fault();
        if (fault != null) {
            return fault;
        }
        if (auth == null || !auth.startsWith("Bearer ") || !tokens.containsKey(auth.substring(7))) {
            return Response.status(401).entity(Map.of("error", "invalid_token")).build();
        }
        return null;
    }

    private Response fault() {
        if (down || downHosts.contains(uri.getRequestUri().getHost())) {
            return Response.status(503).build();
        }
        if (rateLimitNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            rateLimitsSent.incrementAndGet();
            return Response.status(429).header("Retry-After", "1").build();
        }
        if (unavailableNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return Response.status(503).build();
        }
        return null;
    }

    private static SupplierItem stamp(SupplierItem item) {
        return new SupplierItem(item.id(), item.supplierPartNum(), item.supplierAuxPartNum(), item.name(),
                item.description(), item.price(), item.currency(), item.uom(), item.commodity(), item.manufacturer(),
                item.manufacturerPartNumber(), item.leadTime(), item.imageUrl(), item.active(), item.supplier(),
                item.contract(), Instant.now().toString());
    }
}
