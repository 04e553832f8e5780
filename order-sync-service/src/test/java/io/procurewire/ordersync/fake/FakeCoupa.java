package io.procurewire.ordersync.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A test-only Coupa Core API (the module must not depend on the sandbox): OAuth2 token, purchase orders with the
 * export flag and show_deleted_lines, integration history records, runs and errors; every request is logged, and
 * failures (status, 429 with Retry-After) can be queued for a path.
 */
@Path("/fake-coupa")
@PermitAll
@Singleton
@Produces(MediaType.APPLICATION_JSON)
public class FakeCoupa {

    public static final String CLIENT_ID = "order-sync";
    public static final String SECRET = "fake-coupa-client-secret";

    private final ObjectMapper json = new ObjectMapper();
    public final Map<Long, ObjectNode> orders = new TreeMap<>();
    public final Map<Long, ObjectNode> history = new TreeMap<>();
    public final Map<Long, ObjectNode> runs = new TreeMap<>();
    public final Map<Long, ObjectNode> errors = new TreeMap<>();
    public final List<String> calls = new CopyOnWriteArrayList<>();
    private final Map<String, List<Integer>> failures = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(100);
    private final AtomicInteger poNumbers = new AtomicInteger(5000);

    public synchronized void reset() {
        orders.clear();
        history.clear();
        runs.clear();
        errors.clear();
        calls.clear();
        failures.clear();
    }

    /** The next calls whose "METHOD path" starts with {@code prefix} fail with these statuses (429 has Retry-After 0.05). */
    public void failNext(String prefix, Integer... statuses) {
        failures.computeIfAbsent(prefix, p -> new CopyOnWriteArrayList<>()).addAll(List.of(statuses));
    }

    /** Issues a PO (version 1) of supplier SUP-1 with lines {part, quantity, price}. */
    public ObjectNode issue(Object[]... lines) {
        return issueFor("SUP-1", lines);
    }

    /** Issues a PO (version 1) of {@code supplier} with lines {part, quantity, price}. */
    public synchronized ObjectNode issueFor(String supplier, Object[]... lines) {
        long id = ids.incrementAndGet();
        ObjectNode po = json.createObjectNode();
        po.put("id", id).put("po-number", String.valueOf(poNumbers.incrementAndGet())).put("status", "issued")
                .put("version", 1).put("exported", false).put("updated-at", now()).put("created-at", now());
        po.set("currency", json.createObjectNode().put("code", "USD"));
        po.set("supplier", json.createObjectNode().put("number", supplier));
        po.set("ship-to-address", json.createObjectNode().put("name", "HQ").put("street1", "1 Main St")
                .put("city", "Springfield").put("postal-code", "12345")
                .set("country", json.createObjectNode().put("code", "US")));
        ArrayNode orderLines = po.putArray("order-lines");
        int number = 1;
        for (Object[] line : lines) {
            orderLines.add(line(number++, (String) line[0], (String) line[1], (String) line[2]));
        }
        po.set("custom-fields", json.createObjectNode());
        orders.put(id, po);
        return po;
    }

    public ObjectNode line(int number, String part, String quantity, String price) {
        ObjectNode line = json.createObjectNode().put("line-num", number).put("description", "Item " + part)
                .put("quantity", quantity).put("price", price).put("source-part-num", part)
                .put("deleted", false);
        line.set("uom", json.createObjectNode().put("code", "EA"));
        return line;
    }

    /** A buyer change: new version, lines replaced by number (missing numbers deleted), export flag reset. */
    public synchronized void change(long id, Map<Integer, String> quantities) {
        ObjectNode po = orders.get(id);
        for (JsonNode line : po.get("order-lines")) {
            int number = line.get("line-num").asInt();
            String quantity = quantities.get(number);
            if (quantity == null || quantity.equals("0")) {
                ((ObjectNode) line).put("deleted", true);
            } else {
                ((ObjectNode) line).put("quantity", quantity);
            }
        }
        po.put("version", po.get("version").asInt() + 1).put("exported", false).put("updated-at", now());
    }

    public synchronized void setStatus(long id, String status) {
        orders.get(id).put("status", status).put("exported", false).put("updated-at", now());
    }

    private static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private Response maybeFail(String call) {
        calls.add(call);
        for (Map.Entry<String, List<Integer>> failure : failures.entrySet()) {
            if (call.startsWith(failure.getKey()) && !failure.getValue().isEmpty()) {
                int status = failure.getValue().remove(0);
                Response.ResponseBuilder answer = Response.status(status).type(MediaType.APPLICATION_JSON)
                        .entity("{\"errors\":{\"error\":[\"injected " + status + "\"]}}");
                if (status == 429) {
                    answer.header("Retry-After", "0.05");
                }
                return answer.build();
            }
        }
        return null;
    }

    private Response checkToken(String authorization, String call) {
        Response failure = maybeFail(call);
        if (failure != null) {
            return failure;
        }
        if (!"Bearer fake-token".equals(authorization)) {
            return Response.status(401).entity("{\"errors\":{\"error\":[\"invalid token\"]}}").build();
        }
        return null;
    }

    @POST
    @Path("/oauth2/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response token(@FormParam("client_id") String clientId, @FormParam("client_secret") String secret) {
        Response failure = maybeFail("POST /oauth2/token");
        if (failure != null) {
            return failure;
        }
        if (!CLIENT_ID.equals(clientId) || !SECRET.equals(secret)) {
            return Response.status(401).entity("{\"error\":\"invalid_client\"}").build();
        }
        return Response.ok(Map.of("access_token", "fake-token", "token_type", "bearer", "expires_in", 7200)).build();
    }

    @GET
    @Path("/api/purchase_orders")
    public synchronized Response listOrders(@HeaderParam("Authorization") String authorization, @Context UriInfo uri) {
        Response refused = checkToken(authorization, "GET /api/purchase_orders?" + uri.getRequestUri().getRawQuery());
        if (refused != null) {
            return refused;
        }
        var q = uri.getQueryParameters();
        long after = q.getFirst("id[gt]") == null ? 0 : Long.parseLong(q.getFirst("id[gt]"));
        int limit = Math.min(50, q.getFirst("limit") == null ? 50 : Integer.parseInt(q.getFirst("limit")));
        List<String> statuses = q.getFirst("status[in]") == null ? null : List.of(q.getFirst("status[in]").split(","));
        String exported = q.getFirst("exported");
        OffsetDateTime updatedAfter = q.getFirst("updated-at[gt]") == null ? null : OffsetDateTime.parse(q.getFirst("updated-at[gt]"));
        OffsetDateTime createdFrom = q.getFirst("created-at[gt_or_eq]") == null ? null
                : OffsetDateTime.parse(q.getFirst("created-at[gt_or_eq]"));
        boolean showDeleted = "true".equals(q.getFirst("show_deleted_lines"));
        List<String> suppliers = q.getFirst("supplier[number][in]") == null ? null
                : List.of(q.getFirst("supplier[number][in]").split(","));
        ArrayNode page = json.createArrayNode();
        for (ObjectNode po : orders.values()) {
            if (po.get("id").asLong() <= after) {
                continue;
            }
            if (exported != null && po.get("exported").asBoolean() != Boolean.parseBoolean(exported)) {
                continue;
            }
            if (statuses != null && !statuses.contains(po.get("status").asText())) {
                continue;
            }
            if (suppliers != null && !suppliers.contains(po.get("supplier").get("number").asText())) {
                continue;
            }
            if (updatedAfter != null && !OffsetDateTime.parse(po.get("updated-at").asText()).isAfter(updatedAfter)) {
                continue;
            }
            if (createdFrom != null && OffsetDateTime.parse(po.get("created-at").asText()).isBefore(createdFrom)) {
                continue;
            }
            ObjectNode copy = po.deepCopy();
            if (!showDeleted) {
                ArrayNode active = json.createArrayNode();
                copy.get("order-lines").forEach(l -> {
                    if (!l.get("deleted").asBoolean()) {
                        active.add(l);
                    }
                });
                copy.set("order-lines", active);
            }
            page.add(copy);
            if (page.size() == limit) {
                break;
            }
        }
        return Response.ok(page).build();
    }

    @PUT
    @Path("/api/purchase_orders/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public synchronized Response updateOrder(@HeaderParam("Authorization") String authorization, @PathParam("id") long id,
                                             @QueryParam("exported") String exported, JsonNode body) {
        Response refused = checkToken(authorization, "PUT /api/purchase_orders/" + id
                + (exported == null ? "" : "?exported=" + exported));
        if (refused != null) {
            return refused;
        }
        ObjectNode po = orders.get(id);
        if (po == null) {
            return Response.status(404).build();
        }
        if (exported != null) {
            po.put("exported", Boolean.parseBoolean(exported));
        }
        if (body != null && body.has("custom-fields")) {
            ((ObjectNode) po.get("custom-fields")).setAll((ObjectNode) body.get("custom-fields"));
        }
        return Response.ok(json.createObjectNode().put("id", id)).build();
    }

    @GET
    @Path("/api/integration_history_records")
    public synchronized Response listHistory(@HeaderParam("Authorization") String authorization, @Context UriInfo uri) {
        Response refused = checkToken(authorization, "GET /api/integration_history_records");
        if (refused != null) {
            return refused;
        }
        return Response.ok(filter(history, uri)).build();
    }

    @GET
    @Path("/api/integration_errors")
    public synchronized Response listErrors(@HeaderParam("Authorization") String authorization, @Context UriInfo uri) {
        Response refused = checkToken(authorization, "GET /api/integration_errors");
        if (refused != null) {
            return refused;
        }
        return Response.ok(filter(errors, uri)).build();
    }

    private ArrayNode filter(Map<Long, ObjectNode> records, UriInfo uri) {
        ArrayNode result = json.createArrayNode();
        var q = uri.getQueryParameters();
        for (ObjectNode r : records.values()) {
            boolean matches = true;
            for (String key : List.of("document-type", "document-id", "status", "resolved")) {
                String wanted = q.getFirst(key);
                if (wanted != null && (r.get(key) == null || !wanted.equals(r.get(key).asText()))) {
                    matches = false;
                }
            }
            if (matches) {
                result.add(r);
            }
        }
        return result;
    }

    @POST
    @Path("/api/integration_history_records{action: (/[a-z_]+)?}")
    @Consumes(MediaType.APPLICATION_JSON)
    public synchronized Response createHistory(@HeaderParam("Authorization") String authorization,
                                               @PathParam("action") String action, ObjectNode body) {
        Response refused = checkToken(authorization, "POST /api/integration_history_records" + action);
        if (refused != null) {
            return refused;
        }
        long id = ids.incrementAndGet();
        body.put("id", id).put("resolved", false).put("alerted", action.contains("alert"));
        history.put(id, body);
        if (action.contains("mark_exported")) {
            orders.get(body.get("document-id").asLong()).put("exported", true);
        }
        return Response.status(201).entity(body).build();
    }

    @PUT
    @Path("/api/integration_history_records/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public synchronized Response resolveHistory(@HeaderParam("Authorization") String authorization,
                                                @PathParam("id") long id, JsonNode body) {
        Response refused = checkToken(authorization, "PUT /api/integration_history_records/" + id);
        if (refused != null) {
            return refused;
        }
        history.get(id).put("resolved", body.get("resolved").asBoolean());
        return Response.ok(history.get(id)).build();
    }

    @POST
    @Path("/api/integration_errors/create_alert")
    @Consumes(MediaType.APPLICATION_JSON)
    public synchronized Response createError(@HeaderParam("Authorization") String authorization, ObjectNode body) {
        Response refused = checkToken(authorization, "POST /api/integration_errors/create_alert");
        if (refused != null) {
            return refused;
        }
        long id = ids.incrementAndGet();
        body.put("id", id).put("resolved", false);
        errors.put(id, body);
        return Response.status(201).entity(body).build();
    }

    @PUT
    @Path("/api/integration_errors/{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    public synchronized Response resolveError(@HeaderParam("Authorization") String authorization, @PathParam("id") long id) {
        Response refused = checkToken(authorization, "PUT /api/integration_errors/" + id + "/resolve");
        if (refused != null) {
            return refused;
        }
        errors.get(id).put("resolved", true);
        return Response.ok(errors.get(id)).build();
    }

    @POST
    @Path("/api/integration_runs")
    @Consumes(MediaType.APPLICATION_JSON)
    public synchronized Response createRun(@HeaderParam("Authorization") String authorization, ObjectNode body) {
        Response refused = checkToken(authorization, "POST /api/integration_runs");
        if (refused != null) {
            return refused;
        }
        long id = ids.incrementAndGet();
        body.put("id", id).put("status", "pending");
        runs.put(id, body);
        return Response.status(201).entity(body).build();
    }

    @PUT
    @Path("/api/integration_runs/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public synchronized Response countRun(@HeaderParam("Authorization") String authorization, @PathParam("id") long id,
                                          ObjectNode body) {
        Response refused = checkToken(authorization, "PUT /api/integration_runs/" + id);
        if (refused != null) {
            return refused;
        }
        runs.get(id).setAll(body);
        return Response.ok(runs.get(id)).build();
    }

    @PUT
    @Path("/api/integration_runs/{id}/{action}")
    @Consumes(MediaType.APPLICATION_JSON)
    public synchronized Response moveRun(@HeaderParam("Authorization") String authorization, @PathParam("id") long id,
                                         @PathParam("action") String action) {
        Response refused = checkToken(authorization, "PUT /api/integration_runs/" + id + "/" + action);
        if (refused != null) {
            return refused;
        }
        runs.get(id).put("status", switch (action) {
            case "run" -> "started";
            case "success" -> "successful";
            case "fail" -> "failed";
            default -> action;
        });
        return Response.ok(runs.get(id)).build();
    }

    public long countCalls(String prefix) {
        return calls.stream().filter(c -> c.startsWith(prefix)).count();
    }

    public List<ObjectNode> historyOf(long poId) {
        List<ObjectNode> result = new ArrayList<>();
        history.values().forEach(h -> {
            if (h.get("document-id").asLong() == poId) {
                result.add(h);
            }
        });
        return Collections.unmodifiableList(result);
    }

}
