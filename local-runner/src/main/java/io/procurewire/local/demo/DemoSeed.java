package io.procurewire.local.demo;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Loads the demo into a running suite through the services' own admin APIs, never their databases: the supplier's
 * catalog and the buyer's contract (catalog-service), the buyer's punchout connection (punchout-service), the
 * supplier and its punchout sites in the buyer platform (sandbox), a catalog sync target, and, when those services
 * run, an order-sync integration to the sandbox's ERP and an invoice tolerance profile. Every step first reads what is
 * there and only writes what differs, so a second run changes nothing.
 */
public final class DemoSeed {

    public static final String BUYER_CODE = "sandbox-buyer";
    public static final String BUYER_NAME = "Sandbox Buyer Inc.";
    public static final String SUPPLIER_NUMBER = "PW-DEMO";
    public static final String SUPPLIER_NAME = "Procurewire Demo Supplies";
    public static final String BUYER_IDENTITY = "AN-SANDBOX-BUYER";
    public static final String BUYER_TEST_IDENTITY = "AN-SANDBOX-BUYER-T";
    public static final String SUPPLIER_IDENTITY = "AN-PW-DEMO";
    /** A local demo's secret, printed nowhere and used only between the local services. */
    static final String PUNCHOUT_SECRET = "demo-punchout-secret";
    /**
     * Local demo secrets of the invoice flow, set in invoice-service's configuration by SuiteProcesses.wiring: the
     * demo supplier's billing system towards invoice-service (scripts/demo/*.xml carry it), and invoice-service towards
     * the sandbox (the cXML secret of supplier PW-DEMO there).
     */
    public static final String BILLING_SECRET = "demo-billing-secret";
    public static final String INVOICE_SECRET = "demo-invoice-secret";
    public static final String SITE_NAME = SUPPLIER_NAME;
    public static final String TEST_SITE_NAME = SUPPLIER_NAME + " (test)";
    public static final String INTEGRATION_CODE = "sandbox-demo";

    /** What one step did. */
    public enum Outcome { CREATED, UPDATED, UNCHANGED, SKIPPED }

    public record Step(String what, Outcome outcome, String detail) {
        @Override
        public String toString() {
            return String.format("  %-9s %s%s", outcome.name().toLowerCase(), what, detail.isEmpty() ? "" : " (" + detail + ")");
        }
    }

    /** The services to load into; order-sync and invoice may be null when the suite runs without them. */
    public record Services(ServiceApi catalog, ServiceApi punchout, ServiceApi sandbox, ServiceApi orderSync,
                           ServiceApi invoice) {
    }

    private final Services services;
    private final Consumer<Step> report;
    private final List<Step> steps = new ArrayList<>();

    public DemoSeed(Services services, Consumer<Step> report) {
        this.services = Objects.requireNonNull(services);
        this.report = report;
    }

    /** Runs every step in order; a failing call stops the load with a SetupFailed that names it. */
    public List<Step> run() {
        catalog();
        contract();
        punchoutConnection();
        sandboxSupplier();
        punchoutSite(SITE_NAME, "production", services.punchout().baseUrl() + "/cxml/punchout", BUYER_IDENTITY);
        punchoutSite(TEST_SITE_NAME, "test", services.punchout().baseUrl() + "/cxml/punchout/test", BUYER_TEST_IDENTITY);
        syncTarget();
        orderSyncIntegration();
        toleranceProfile();
        return List.copyOf(steps);
    }

    private void catalog() {
        ServiceApi catalog = services.catalog();
        String csv = DemoCatalog.csv();
        JsonNode dryRun = catalog.expect(catalog.post("/api/catalog/imports?format=csv&mode=incremental&dryRun=true"
                + "&fileName=procurewire-demo-catalog.csv", "text/csv; charset=UTF-8", csv), "catalog import (dry run)", 200);
        JsonNode summary = dryRun.path("summary");
        int added = summary.path("added").asInt();
        int changed = summary.path("changed").asInt();
        if (summary.path("invalid").asInt() > 0) {
            throw new ServiceApi.SetupFailed("the demo catalog has invalid rows: " + dryRun.path("invalid"));
        }
        String what = "catalog: " + DemoCatalog.products().size() + " products (office, IT, MRO)";
        if (added == 0 && changed == 0) {
            done(what, Outcome.UNCHANGED, "");
            return;
        }
        catalog.expect(catalog.post("/api/catalog/imports?format=csv&mode=incremental&dryRun=false"
                + "&fileName=procurewire-demo-catalog.csv", "text/csv; charset=UTF-8", csv), "catalog import", 200, 201);
        done(what, added > 0 ? Outcome.CREATED : Outcome.UPDATED, added + " added, " + changed + " changed");
    }

    private void contract() {
        ServiceApi catalog = services.catalog();
        String path = "/api/contracts/" + DemoContractLines.CONTRACT_CODE;
        ServiceApi.Answer existing = catalog.get(path);
        Outcome outcome = Outcome.UNCHANGED;
        JsonNode contract;
        if (existing.status() == 404) {
            Map<String, Object> terms = new LinkedHashMap<>();
            terms.put("code", DemoContractLines.CONTRACT_CODE);
            terms.put("buyerCode", BUYER_CODE);
            terms.put("name", "Office, IT and MRO supplies 2026–2027");
            terms.put("currency", DemoCatalog.CURRENCY);
            terms.put("effectiveFrom", "2026-01-01");
            terms.put("effectiveTo", "2027-12-31");
            terms.put("defaultDiscountPercent", new BigDecimal(DemoContractLines.DEFAULT_DISCOUNT_PERCENT));
            terms.put("assortment", "ALL");
            catalog.expect(catalog.postJson("/api/contracts", terms), "contract " + DemoContractLines.CONTRACT_CODE, 201);
            contract = catalog.expect(catalog.get(path), "contract read", 200);
            outcome = Outcome.CREATED;
        } else {
            contract = catalog.expect(existing, "contract read", 200);
        }
        Map<String, JsonNode> current = new LinkedHashMap<>();
        contract.path("lines").forEach(line -> current.put(line.path("supplierPartId").asText(), line));
        int written = 0;
        for (Map.Entry<String, Map<String, Object>> line : DemoContractLines.lines().entrySet()) {
            if (!sameLine(current.get(line.getKey()), line.getValue())) {
                catalog.expect(catalog.putJson(path + "/lines/" + ServiceApi.encode(line.getKey()), line.getValue()),
                        "contract line " + line.getKey(), 200, 201);
                written++;
            }
        }
        if (outcome == Outcome.UNCHANGED && written > 0) {
            outcome = Outcome.UPDATED;
        }
        done("contract " + DemoContractLines.CONTRACT_CODE + " for buyer " + BUYER_CODE + " (5 % off list; tiers, fixed "
                + "prices and discounts on " + DemoContractLines.lines().size() + " lines)", outcome,
                written == 0 ? "" : written + " lines written");
    }

    static boolean sameLine(JsonNode current, Map<String, Object> wanted) {
        if (current == null) {
            return false;
        }
        if (!sameNumber(current.path("fixedPrice"), wanted.get("fixedPrice"))
                || !sameNumber(current.path("discountPercent"), wanted.get("discountPercent"))) {
            return false;
        }
        List<?> tiers = (List<?>) wanted.getOrDefault("tiers", List.of());
        JsonNode currentTiers = current.path("tiers");
        if (currentTiers.size() != tiers.size()) {
            return false;
        }
        for (int i = 0; i < tiers.size(); i++) {
            Map<?, ?> tier = (Map<?, ?>) tiers.get(i);
            if (!sameNumber(currentTiers.get(i).path("minQuantity"), tier.get("minQuantity"))
                    || !sameNumber(currentTiers.get(i).path("unitPrice"), tier.get("unitPrice"))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameNumber(JsonNode current, Object wanted) {
        boolean currentAbsent = current.isMissingNode() || current.isNull();
        if (wanted == null || currentAbsent) {
            return wanted == null && currentAbsent;
        }
        return current.decimalValue().compareTo(new BigDecimal(wanted.toString())) == 0;
    }

    private void punchoutConnection() {
        ServiceApi punchout = services.punchout();
        JsonNode connections = punchout.expect(punchout.get("/api/connections"), "punchout connections", 200);
        for (JsonNode connection : connections.isArray() ? connections : connections.path("items")) {
            if (BUYER_CODE.equals(connection.path("buyerCode").asText())) {
                done("punchout connection for " + BUYER_NAME, Outcome.UNCHANGED, "");
                return;
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("buyerName", BUYER_NAME);
        body.put("buyerCode", BUYER_CODE);
        body.put("contractCode", DemoContractLines.CONTRACT_CODE);
        body.put("autoProvisionUsers", true);
        body.put("cartEncoding", "URLENCODED");
        body.put("production", credentials(BUYER_IDENTITY));
        body.put("test", credentials(BUYER_TEST_IDENTITY));
        punchout.expect(punchout.postJson("/api/connections", body), "punchout connection", 201);
        done("punchout connection for " + BUYER_NAME, Outcome.CREATED, "production and test credentials");
    }

    private static Map<String, Object> credentials(String buyerIdentity) {
        return Map.of("fromDomain", "NetworkID", "fromIdentity", buyerIdentity, "toDomain", "NetworkID",
                "toIdentity", SUPPLIER_IDENTITY, "senderDomain", "NetworkID", "senderIdentity", buyerIdentity,
                "sharedSecret", PUNCHOUT_SECRET);
    }

    /**
     * The supplier in the buyer platform, with the cXML identity and secret the sandbox checks invoices against
     * (invoice-service sends with them). The sandbox never shows the secret, so the step always PUTs: the sandbox
     * answers an identical form without writing, and a changed {@code updated-at} tells that something was replaced.
     */
    private void sandboxSupplier() {
        ServiceApi sandbox = services.sandbox();
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("name", SUPPLIER_NAME);
        form.put("status", "active");
        form.put("poMethod", "prompt");
        form.put("cxmlSupplierDomain", "NetworkID");
        form.put("cxmlSupplierIdentity", SUPPLIER_IDENTITY);
        form.put("cxmlSecret", INVOICE_SECRET);
        ServiceApi.Answer before = sandbox.get("/admin/suppliers/" + SUPPLIER_NUMBER);
        String what = "buyer platform supplier " + SUPPLIER_NUMBER + " " + SUPPLIER_NAME + " (cXML invoices from "
                + SUPPLIER_IDENTITY + ")";
        ServiceApi.Answer answer = sandbox.putJson("/admin/suppliers/" + SUPPLIER_NUMBER, form);
        JsonNode after = sandbox.expect(answer, "sandbox supplier " + SUPPLIER_NUMBER, 200, 201);
        Outcome outcome = answer.status() == 201 ? Outcome.CREATED
                : before.ok() && before.body().path("updated-at").asText().equals(after.path("updated-at").asText())
                ? Outcome.UNCHANGED : Outcome.UPDATED;
        done(what, outcome, "");
    }

    private void punchoutSite(String name, String mode, String url, String buyerIdentity) {
        ServiceApi sandbox = services.sandbox();
        JsonNode sites = sandbox.expect(sandbox.get("/admin/punchout-sites"), "punchout sites", 200);
        for (JsonNode site : sites) {
            if (name.equals(site.path("name").asText())) {
                boolean same = url.equals(site.path("punchoutUrl").asText())
                        && SUPPLIER_NUMBER.equals(site.path("supplierNumber").asText())
                        && mode.equals(site.path("deploymentMode").asText());
                if (!same) {
                    sandbox.expect(sandbox.putJson("/admin/punchout-sites/" + site.path("id").asLong(),
                            site(name, mode, url, buyerIdentity)), "punchout site " + name, 200);
                }
                done("buyer platform punchout site \"" + name + "\"", same ? Outcome.UNCHANGED : Outcome.UPDATED, "");
                return;
            }
        }
        sandbox.expect(sandbox.postJson("/admin/punchout-sites", site(name, mode, url, buyerIdentity)),
                "punchout site " + name, 201);
        done("buyer platform punchout site \"" + name + "\"", Outcome.CREATED, mode);
    }

    private static Map<String, Object> site(String name, String mode, String url, String buyerIdentity) {
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("name", name);
        site.put("supplierNumber", SUPPLIER_NUMBER);
        site.put("punchoutUrl", url);
        site.put("fromDomain", "NetworkID");
        site.put("fromIdentity", buyerIdentity);
        site.put("toDomain", "NetworkID");
        site.put("toIdentity", SUPPLIER_IDENTITY);
        site.put("senderDomain", "NetworkID");
        site.put("senderIdentity", buyerIdentity);
        site.put("sharedSecret", PUNCHOUT_SECRET);
        site.put("deploymentMode", mode);
        return site;
    }

    private void syncTarget() {
        ServiceApi catalog = services.catalog();
        JsonNode targets = catalog.expect(catalog.get("/api/sync-targets"), "sync targets", 200);
        for (JsonNode target : targets.isArray() ? targets : targets.path("items")) {
            if (BUYER_CODE.equals(target.path("buyerCode").asText())
                    && "sandbox".equals(target.path("platform").asText())) {
                done("catalog sync target: " + BUYER_CODE + " → sandbox supplier items", Outcome.UNCHANGED, "");
                return;
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("buyerCode", BUYER_CODE);
        body.put("contractCode", DemoContractLines.CONTRACT_CODE);
        body.put("platform", "sandbox");
        body.put("supplierNumber", SUPPLIER_NUMBER);
        body.put("scheduleEnabled", false);
        catalog.expect(catalog.postJson("/api/sync-targets", body), "sync target", 201);
        done("catalog sync target: " + BUYER_CODE + " → sandbox supplier items", Outcome.CREATED,
                "run it with POST /api/sync-targets/{id}/runs");
    }

    private void orderSyncIntegration() {
        ServiceApi orderSync = services.orderSync();
        String what = "order-sync integration " + INTEGRATION_CODE + ": sandbox POs → sandbox ERP every minute";
        if (orderSync == null) {
            done(what, Outcome.SKIPPED, "order-sync-service not running");
            return;
        }
        ServiceApi.Answer existing = orderSync.get("/api/integrations/" + INTEGRATION_CODE);
        if (existing.ok()) {
            done(what, Outcome.UNCHANGED, "");
            return;
        }
        orderSync.expect(existing, "integration read", 404);
        String sandbox = services.sandbox().baseUrl();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", INTEGRATION_CODE);
        body.put("platformUrl", sandbox);
        body.put("clientId", "suite");
        body.put("clientSecretRef", "sandbox");
        body.put("statuses", List.of("issued", "cancelled", "closed"));
        body.put("schedule", "PT1M");
        body.put("monitoringOption", 2);
        body.put("contactEmail", "erp-integration@sandbox-buyer.example");
        body.put("contactName", "ERP integration team");
        body.put("erp", Map.of("url", sandbox + "/erp/api/purchase-orders", "format", "coupa-json"));
        orderSync.expect(orderSync.postJson("/api/integrations", body), "order-sync integration", 201);
        done(what, Outcome.CREATED, "monitoring option 2");
    }

    private void toleranceProfile() {
        ServiceApi invoice = services.invoice();
        String what = "invoice tolerance profile for " + BUYER_CODE + " × " + SUPPLIER_NUMBER;
        if (invoice == null) {
            done(what, Outcome.SKIPPED, "invoice-service not running");
            return;
        }
        JsonNode profiles = invoice.expect(invoice.get("/api/tolerance-profiles"), "tolerance profiles", 200);
        for (JsonNode profile : profiles) {
            JsonNode rules = profile.has("profile") ? profile.path("profile") : profile;
            if (BUYER_CODE.equals(rules.path("buyer").asText()) && SUPPLIER_NUMBER.equals(rules.path("supplier").asText())
                    && (rules.path("commodity").isNull() || rules.path("commodity").isMissingNode())) {
                done(what, Outcome.UNCHANGED, "");
                return;
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("buyer", BUYER_CODE);
        body.put("supplier", SUPPLIER_NUMBER);
        body.put("priceOver", Map.of("percent", new BigDecimal("2"), "amount", new BigDecimal("5.00")));
        body.put("priceUnder", Map.of());
        body.put("quantityOverReceived", Map.of("percent", new BigDecimal("0")));
        body.put("shipping", Map.of("allowed", true, "limit", Map.of("amount", new BigDecimal("25.00"))));
        body.put("writeOff", new BigDecimal("0.50"));
        invoice.expect(invoice.postJson("/api/tolerance-profiles", body), "tolerance profile", 201);
        done(what, Outcome.CREATED, "price +2 % / 5.00, shipping up to 25.00, write-off 0.50");
    }

    private void done(String what, Outcome outcome, String detail) {
        Step step = new Step(what, outcome, detail);
        steps.add(step);
        if (report != null) {
            report.accept(step);
        }
    }
}
