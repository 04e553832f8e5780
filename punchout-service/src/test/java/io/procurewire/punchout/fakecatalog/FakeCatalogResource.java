package io.procurewire.punchout.fakecatalog;

import io.procurewire.punchout.fakecatalog.FakeCatalog.Part;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Plays catalog-service (its agreed API) inside the test application, with switchable faults. */
@Path("/fake-catalog/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll // a test double; that punchout-service signs its calls in is CatalogCredentialsTest's (and e2e's) concern
public class FakeCatalogResource {

    @GET
    @Path("/buyers/{buyer}/catalog/search")
    public Map<String, Object> search(@PathParam("buyer") String buyer, @QueryParam("q") String q,
                                      @QueryParam("unspsc") String unspsc, @QueryParam("manufacturer") String manufacturer,
                                      @QueryParam("contract") String contract,
                                      @QueryParam("page") @DefaultValue("0") int page,
                                      @QueryParam("size") @DefaultValue("20") int size) {
        misbehave();
        List<Map<String, Object>> all = FakeCatalog.visibleTo(buyer).stream()
                .filter(p -> q == null || (p.name() + " " + p.description() + " " + p.supplierPartId())
                        .toLowerCase(Locale.ROOT).contains(q.toLowerCase(Locale.ROOT)))
                .filter(p -> unspsc == null || p.unspsc().startsWith(unspsc))
                .filter(p -> manufacturer == null || p.manufacturerName().equalsIgnoreCase(manufacturer))
                .map(p -> item(p, contract))
                .toList();
        List<Map<String, Object>> slice = all.subList(Math.min(all.size(), page * size), Math.min(all.size(), (page + 1) * size));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("items", slice);
        answer.put("page", page);
        answer.put("size", size);
        int cap = FakeCatalog.maxMatches;
        answer.put("total", cap > 0 ? Math.min(cap, all.size()) : all.size());
        if (cap > 0 && all.size() > cap) {
            answer.put("totalCapped", true);
        }
        return answer;
    }

    /** Facet counts over every match (the fake's catalog is small, so always exact). */
    @GET
    @Path("/buyers/{buyer}/catalog/facets")
    public Map<String, Object> facets(@PathParam("buyer") String buyer, @QueryParam("q") String q,
                                      @QueryParam("unspsc") String unspsc, @QueryParam("manufacturer") String manufacturer,
                                      @QueryParam("contract") String contract) {
        misbehave();
        if (FakeCatalog.facetsFailWithStatus != 0) {
            throw new WebApplicationException(Response.status(FakeCatalog.facetsFailWithStatus).build());
        }
        List<Part> matches = FakeCatalog.visibleTo(buyer).stream()
                .filter(p -> q == null || (p.name() + " " + p.description() + " " + p.supplierPartId())
                        .toLowerCase(Locale.ROOT).contains(q.toLowerCase(Locale.ROOT)))
                .filter(p -> unspsc == null || p.unspsc().startsWith(unspsc))
                .filter(p -> manufacturer == null || p.manufacturerName().equalsIgnoreCase(manufacturer))
                .toList();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("segments", counts(matches, p -> p.unspsc().substring(0, 2), true));
        answer.put("families", counts(matches, p -> p.unspsc().substring(0, 4), true));
        answer.put("manufacturers", counts(matches, Part::manufacturerName, false));
        answer.put("counted", matches.size());
        answer.put("exact", true);
        return answer;
    }

    private static List<Map<String, Object>> counts(List<Part> parts, java.util.function.Function<Part, String> key,
                                                    boolean code) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        parts.forEach(p -> counts.merge(key.apply(p), 1L, Long::sum));
        List<Map<String, Object>> values = new ArrayList<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).forEach(e -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("code", code ? e.getKey() : null);
            v.put("name", code ? FakeCatalog.UNSPSC_NAMES.getOrDefault(e.getKey(), e.getKey()) : e.getKey());
            v.put("count", e.getValue());
            values.add(v);
        });
        return values;
    }

    @GET
    @Path("/buyers/{buyer}/catalog/items/{part}")
    public Map<String, Object> item(@PathParam("buyer") String buyer, @PathParam("part") String partId,
                                    @QueryParam("contract") String contract, @QueryParam("auxiliaryId") String aux) {
        misbehave();
        Part part = FakeCatalog.PARTS.get(buyer + "/" + partId);
        if (part == null) {
            throw new WebApplicationException(Response.status(404).type("application/problem+json")
                    .entity(Map.of("status", 404, "title", "Not Found")).build());
        }
        Map<String, Object> item = item(part, contract);
        item.put("imageUrl", FakeCatalog.IMAGES.get(buyer + "/" + partId));
        item.put("attributes", FakeCatalog.ATTRIBUTES.getOrDefault(buyer + "/" + partId, Map.of()));
        return item;
    }

    @POST
    @Path("/prices/quote")
    public Map<String, Object> quote(Map<String, Object> request) {
        misbehave();
        Runnable meanwhile = FakeCatalog.DURING_NEXT_QUOTE.getAndSet(null);
        if (meanwhile != null) {
            meanwhile.run();
        }
        String buyer = (String) request.get("buyerCode");
        String contract = (String) request.get("contractCode");
        List<Map<String, Object>> lines = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> asked = (List<Map<String, Object>>) request.get("lines");
        for (Map<String, Object> line : asked) {
            String partId = (String) line.get("supplierPartId");
            BigDecimal quantity = new BigDecimal(String.valueOf(line.get("quantity")));
            Part part = FakeCatalog.PARTS.get(buyer + "/" + partId);
            Map<String, Object> quoted = new LinkedHashMap<>();
            quoted.put("supplierPartId", partId);
            quoted.put("supplierPartAuxiliaryId", line.get("supplierPartAuxiliaryId"));
            quoted.put("quantity", quantity);
            if (part == null) {
                quoted.put("available", false);
                quoted.put("reason", "unknown part " + partId);
            } else {
                quoted.put("available", true);
                quoted.put("reason", null);
                quoted.put("unitPrice", money(part.price(contract, quantity)));
                quoted.put("listPrice", money(part.listPrice()));
                quoted.put("priceSource", part.priceSource(contract, quantity));
                quoted.put("contractCode", part.contractPrice() != null ? contract : null);
                quoted.put("priceVersion", part.priceVersion());
                quoted.put("name", part.name());
                quoted.put("description", part.description());
                quoted.put("unitOfMeasure", part.unitOfMeasure());
                quoted.put("unspsc", part.unspsc());
                quoted.put("manufacturerName", part.manufacturerName());
                quoted.put("manufacturerPartId", part.manufacturerPartId());
                quoted.put("leadTimeDays", part.leadTimeDays());
            }
            lines.add(quoted);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("buyerCode", buyer);
        answer.put("currency", "USD");
        answer.put("quotedAt", Instant.now().toString());
        answer.put("lines", lines);
        return answer;
    }

    private static Map<String, Object> item(Part p, String contract) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("supplierPartId", p.supplierPartId());
        item.put("supplierPartAuxiliaryId", p.auxiliaryId());
        item.put("name", p.name());
        item.put("description", p.description());
        item.put("manufacturerName", p.manufacturerName());
        item.put("manufacturerPartId", p.manufacturerPartId());
        item.put("unspsc", p.unspsc());
        item.put("unitOfMeasure", p.unitOfMeasure());
        item.put("leadTimeDays", p.leadTimeDays());
        item.put("imageUrl", null);
        item.put("listPrice", money(p.listPrice()));
        item.put("price", money(p.price(contract, BigDecimal.ONE)));
        item.put("priceSource", p.priceSource(contract, BigDecimal.ONE));
        item.put("quantityTiers", contract != null && p.contractPrice() != null && p.tierPrice() != null
                ? java.util.List.of(Map.of("minQuantity", p.tierFrom(), "unitPrice", p.tierPrice())) : java.util.List.of());
        item.put("contractCode", p.contractPrice() != null ? contract : null);
        item.put("priceVersion", p.priceVersion());
        item.put("active", true);
        return item;
    }

    private static Map<String, Object> money(BigDecimal amount) {
        return Map.of("amount", amount, "currency", "USD");
    }

    private static void misbehave() {
        FakeCatalog.CALLS.incrementAndGet();
        long delay = FakeCatalog.delayMillis;
        if (delay > 0) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        int status = FakeCatalog.failWithStatus;
        if (status != 0) {
            throw new WebApplicationException(Response.status(status).entity(Map.of("status", status)).build());
        }
    }
}
