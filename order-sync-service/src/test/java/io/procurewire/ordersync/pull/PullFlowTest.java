package io.procurewire.ordersync.pull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.procurewire.ordersync.fake.FakeCoupa;
import io.procurewire.ordersync.fake.FakeErp;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.procurewire.ordersync.TestIntegrations;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static io.procurewire.ordersync.TestIntegrations.admin;
import static io.procurewire.ordersync.TestIntegrations.create;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class PullFlowTest {

    @Inject
    FakeCoupa coupa;
    @Inject
    FakeErp erp;

    @BeforeEach
    void reset() {
        coupa.reset();
        erp.reset();
    }

    private void runNow(String code) {
        admin().when().post("/api/integrations/" + code + "/runs").then().statusCode(200)
                .body("state", equalTo("succeeded"));
    }

    private String state(String code, String poNumber, int revision) {
        return admin().when().get("/api/integrations/" + code + "/orders/" + poNumber).then().statusCode(200)
                .extract().path("versions[" + (revision - 1) + "].state");
    }

    @Test
    void optionOneExportsEachIssuedPoOnceMarksItAfterTheErpAcceptedAndSetsTheCustomField() {
        String code = create(1);
        ObjectNode first = coupa.issue(new Object[]{"PAPER-A4", "2", "45.00"}, new Object[]{"TONER-1", "1", "80"});
        ObjectNode second = coupa.issue(new Object[]{"PEN-BLUE", "10", "1.5"});

        admin().when().post("/api/integrations/" + code + "/runs").then().statusCode(200)
                .body("state", equalTo("succeeded")).body("listed", equalTo(2)).body("newVersions", equalTo(2))
                .body("succeeded", equalTo(2)).body("failed", equalTo(0));

        assertThat(erp.documents).hasSize(2);
        JsonNode sent = erp.received.stream().filter(b -> b.get("po-number").asText()
                .equals(first.get("po-number").asText())).findFirst().orElseThrow();
        assertThat(sent.get("action").asText()).isEqualTo("create");
        assertThat(sent.get("version").asInt()).isEqualTo(1);
        assertThat(sent.get("total").asText()).isEqualTo("170");
        assertThat(sent.get("order-lines")).hasSize(2);
        assertThat(sent.get("order-lines").get(0).get("source-part-num").asText()).isEqualTo("PAPER-A4");
        assertThat(sent.get("line-changes").get("added").toString()).isEqualTo("[1,2]");
        assertThat(erp.authorizations).allMatch(a -> a.startsWith("Basic "));
        for (ObjectNode po : List.of(first, second)) {
            ObjectNode now = coupa.orders.get(po.get("id").asLong());
            assertThat(now.get("exported").asBoolean()).isTrue();
            assertThat(now.get("custom-fields").get("integration-status").asText())
                    .startsWith("Exported to ERP as ERP-").endsWith("(version 1)");
            assertThat(state(code, po.get("po-number").asText(), 1)).isEqualTo("COMPLETED");
        }
        // the export mark comes after the ERP write and uses keyset paging with trimmed fields
        assertThat(coupa.calls.stream().filter(c -> c.startsWith("GET /api/purchase_orders")).findFirst().orElseThrow())
                .contains("exported=false").contains("id%5Bgt%5D=0").contains("show_deleted_lines=true")
                .contains("fields=");

        runNow(code);
        assertThat(erp.received).hasSize(2);
    }

    @Test
    void optionTwoRecordsSuccessHistoryThatMarksExported() {
        String code = create(2);
        ObjectNode po = coupa.issue(new Object[]{"PAPER-A4", "2", "45.00"});

        runNow(code);

        List<ObjectNode> records = coupa.historyOf(po.get("id").asLong());
        assertThat(records).hasSize(1);
        assertThat(records.get(0).get("status").asText()).isEqualTo("success");
        assertThat(records.get(0).get("document-type").asText()).isEqualTo("OrderHeader");
        assertThat(records.get(0).get("document-revision").asText()).isEqualTo("1");
        assertThat(records.get(0).get("response-message").asText()).startsWith("Exported to ERP as ERP-");
        assertThat(coupa.orders.get(po.get("id").asLong()).get("exported").asBoolean()).isTrue();
        assertThat(coupa.countCalls("PUT /api/purchase_orders")).isZero();
    }

    @Test
    void optionThreeRunsInsideAnIntegrationRunWithCounts() {
        String code = create(3);
        ObjectNode po = coupa.issue(new Object[]{"PAPER-A4", "2", "45.00"});
        coupa.issue(new Object[]{"PEN", "1", "2"});

        JsonNode run = null;
        admin().when().post("/api/integrations/" + code + "/runs").then().statusCode(200)
                .body("platformRunId", org.hamcrest.Matchers.notNullValue());

        assertThat(coupa.runs).hasSize(1);
        run = coupa.runs.values().iterator().next();
        assertThat(run.get("status").asText()).isEqualTo("successful");
        assertThat(run.get("integration").get("code").asText()).isEqualTo(code);
        assertThat(run.get("total-records").asInt()).isEqualTo(2);
        assertThat(run.get("success-count").asInt()).isEqualTo(2);
        assertThat(run.get("error-count").asInt()).isZero();
        ObjectNode record = coupa.historyOf(po.get("id").asLong()).get(0);
        assertThat(record.get("integration-run").get("id").asLong()).isEqualTo(run.get("id").asLong());
    }

    @Test
    void aChangeIsAnUpdateOfTheSameErpDocumentWithLineChangesAndACancelIsACancel() {
        String code = create(1);
        ObjectNode po = coupa.issue(new Object[]{"PAPER-A4", "2", "45.00"}, new Object[]{"TONER-1", "1", "80"});
        long id = po.get("id").asLong();
        String number = po.get("po-number").asText();
        runNow(code);
        String document = erp.documents.get(number + "/1");

        coupa.change(id, Map.of(1, "5"));
        runNow(code);
        JsonNode update = erp.received.get(erp.received.size() - 1);
        assertThat(update.get("action").asText()).isEqualTo("update");
        assertThat(update.get("version").asInt()).isEqualTo(2);
        assertThat(update.get("erp-document-number").asText()).isEqualTo(document);
        assertThat(update.get("order-lines")).hasSize(1);
        assertThat(update.get("line-changes").get("changed").get(0).get("line-num").asInt()).isEqualTo(1);
        assertThat(update.get("line-changes").get("changed").get(0).get("fields").toString()).isEqualTo("[\"quantity\"]");
        assertThat(update.get("line-changes").get("deleted").toString()).isEqualTo("[2]");
        assertThat(update.get("line-changes").get("added").toString()).isEqualTo("[]");

        coupa.setStatus(id, "cancelled");
        runNow(code);
        JsonNode cancel = erp.received.get(erp.received.size() - 1);
        assertThat(cancel.get("action").asText()).isEqualTo("cancel");
        assertThat(cancel.get("version").asInt()).isEqualTo(3);
        assertThat(cancel.get("erp-document-number").asText()).isEqualTo(document);
        assertThat(coupa.orders.get(id).get("exported").asBoolean()).isTrue();
    }

    @Test
    void aContentChangeWithoutAVersionChangeIsStillSentAsANewErpVersion() {
        String code = create(1);
        ObjectNode po = coupa.issue(new Object[]{"PAPER-A4", "2", "45.00"});
        runNow(code);
        ((ObjectNode) coupa.orders.get(po.get("id").asLong()).get("order-lines").get(0)).put("price", "44.00");
        coupa.orders.get(po.get("id").asLong()).put("exported", false);

        runNow(code);

        JsonNode update = erp.received.get(erp.received.size() - 1);
        assertThat(update.get("version").asInt()).isEqualTo(2);
        assertThat(update.get("platform-version").asInt()).isEqualTo(1);
        assertThat(update.get("line-changes").get("changed").get(0).get("fields").toString()).isEqualTo("[\"price\"]");
    }

    @Test
    void aResetExportFlagWithoutChangeIsMarkedAgainWithoutASecondErpDocument() {
        String code = create(1);
        ObjectNode po = coupa.issue(new Object[]{"PAPER-A4", "2", "45.00"});
        runNow(code);
        coupa.orders.get(po.get("id").asLong()).put("exported", false);

        runNow(code);

        assertThat(erp.received).hasSize(1);
        assertThat(coupa.orders.get(po.get("id").asLong()).get("exported").asBoolean()).isTrue();
    }

    @Test
    void rateLimitsAndServerErrorsOfThePlatformAreAbsorbed() {
        String code = create(1);
        ObjectNode po = coupa.issue(new Object[]{"PAPER-A4", "2", "45.00"});
        coupa.failNext("GET /api/purchase_orders", 429, 503);
        coupa.failNext("PUT /api/purchase_orders", 502, 429);

        runNow(code);

        assertThat(erp.documents).hasSize(1);
        assertThat(coupa.orders.get(po.get("id").asLong()).get("exported").asBoolean()).isTrue();
    }

    @Test
    void anErpOutageRetriesWithBackoffThenDeadLettersReportsTheErrorAndRetryNowDeliversAndResolvesIt() {
        String code = create(2);
        ObjectNode po = coupa.issue(new Object[]{"PAPER-A4", "2", "45.00"});
        String number = po.get("po-number").asText();
        erp.down = true;

        // the run makes the first attempt; later ones wait for their back-off (50-200 ms in tests), then are delivered
        runNow(code);
        for (int i = 0; i < 100 && !"DEAD_LETTERED".equals(admin().when().get("/api/integrations/" + code + "/orders/"
                + number).then().extract().path("versions[0].state")); i++) {
            sleep(100);
            admin().when().post("/api/integrations/" + code + "/deliveries").then().statusCode(200);
        }
        admin().when().get("/api/integrations/" + code + "/orders/" + number).then().statusCode(200)
                .body("versions[0].state", equalTo("DEAD_LETTERED"))
                .body("versions[0].attempts", equalTo(3))
                .body("versions[0].lastError", org.hamcrest.Matchers.containsString("HTTP 503"));
        admin().when().get("/api/integrations/" + code + "/dead-letters").then().statusCode(200)
                .body("[0].poNumber", equalTo(number)).body("[0].failedIn", equalTo("SENT_TO_ERP"));
        List<ObjectNode> records = coupa.historyOf(po.get("id").asLong());
        assertThat(records).hasSize(1);
        assertThat(records.get(0).get("status").asText()).isEqualTo("error");
        assertThat(records.get(0).get("alerted").asBoolean()).isTrue();
        assertThat(coupa.orders.get(po.get("id").asLong()).get("exported").asBoolean()).isFalse();

        erp.down = false;
        admin().when().post("/api/integrations/" + code + "/orders/" + number + "/retry").then().statusCode(200)
                .body("versions[0].state", equalTo("COMPLETED"))
                .body("erpDocumentNumber", org.hamcrest.Matchers.startsWith("ERP-"));
        assertThat(erp.documents).hasSize(1);
        assertThat(coupa.historyOf(po.get("id").asLong())).extracting(h -> h.get("status").asText() + "/"
                + h.get("resolved").asBoolean()).containsExactly("error/true", "success/false");
    }

    @Test
    void aVersionCanBeResentWithoutASecondErpDocument() {
        String code = create(1);
        ObjectNode po = coupa.issue(new Object[]{"PAPER-A4", "2", "45.00"});
        runNow(code);

        admin().when().post("/api/integrations/" + code + "/orders/" + po.get("po-number").asText()
                + "/versions/1/resend").then().statusCode(200).body("versions[0].state", equalTo("COMPLETED"));

        assertThat(erp.received).hasSize(2);
        assertThat(erp.documents).hasSize(1);
    }

    @Test
    void reconciliationFindsAPoMarkedExportedBeforeTheErpHadIt() {
        String code = create(1);
        ObjectNode po = coupa.issue(new Object[]{"PAPER-A4", "2", "45.00"});
        coupa.orders.get(po.get("id").asLong()).put("exported", true);

        runNow(code);

        assertThat(erp.documents).containsKey(po.get("po-number").asText() + "/1");
        assertThat(coupa.countCalls("PUT /api/purchase_orders/" + po.get("id").asLong())).isZero();
    }

    @Test
    void theFirstReconciliationLeavesPosExportedBeforeTheIntegrationExistedAlone() {
        ObjectNode historic = coupa.issue(new Object[]{"PAPER-A4", "2", "45.00"});
        String twoHoursAgo = OffsetDateTime.now(ZoneOffset.UTC).minusHours(2).truncatedTo(ChronoUnit.SECONDS).toString();
        coupa.orders.get(historic.get("id").asLong()).put("exported", true).put("updated-at", twoHoursAgo)
                .put("created-at", twoHoursAgo);
        String code = create(1);

        runNow(code);

        assertThat(erp.received).isEmpty();
        assertThat(coupa.calls.stream().filter(c -> c.startsWith("GET /api/purchase_orders") && !c.contains("exported="))
                .findFirst().orElseThrow()).contains("updated-at%5Bgt%5D=");
    }

    @Test
    void exportFromLimitsAnIntegrationToPosCreatedSinceThen() {
        ObjectNode older = coupa.issue(new Object[]{"PAPER-A4", "2", "45.00"});
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        coupa.orders.get(older.get("id").asLong()).put("created-at", now.minusHours(2).toString())
                .put("updated-at", now.minusHours(2).toString());
        ObjectNode newer = coupa.issue(new Object[]{"PEN-BLUE", "10", "1.5"});
        String code = "from-" + System.nanoTime() % 1000000;
        Map<String, Object> body = TestIntegrations.body(code, 1);
        body.put("exportFrom", now.minusHours(1).toString());
        TestIntegrations.create(body);
        String shown = admin().when().get("/api/integrations/" + code).then().statusCode(200)
                .extract().path("exportFrom");
        assertThat(OffsetDateTime.parse(shown).toInstant()).isEqualTo(now.minusHours(1).toInstant());

        runNow(code);

        assertThat(erp.received).extracting(b -> b.get("po-number").asText())
                .containsExactly(newer.get("po-number").asText());
        assertThat(coupa.orders.get(older.get("id").asLong()).get("exported").asBoolean()).isFalse();
        assertThat(coupa.calls.stream().filter(c -> c.startsWith("GET /api/purchase_orders")))
                .allMatch(c -> c.contains("created-at%5Bgt_or_eq%5D="));
    }

    @Test
    void everyExportResolvesThePosEarlierHistoryRecordsSoOnlyTheLatestStaysOpen() {
        String code = create(2);
        ObjectNode po = coupa.issue(new Object[]{"PAPER-A4", "2", "45.00"}, new Object[]{"TONER-1", "1", "80"});
        long id = po.get("id").asLong();
        runNow(code);
        coupa.change(id, Map.of(1, "5", 2, "1"));
        runNow(code);
        coupa.setStatus(id, "cancelled");
        runNow(code);

        assertThat(erp.received).extracting(b -> b.get("action").asText()).containsExactly("create", "update", "cancel");
        assertThat(coupa.historyOf(id)).extracting(h -> h.get("status").asText() + "/"
                        + h.get("document-revision").asText() + "/" + h.get("resolved").asBoolean())
                .containsExactly("success/1/true", "success/2/true", "success/3/false");
        // one look-up per export (the guide's step 3a), one resolve per earlier record
        assertThat(coupa.countCalls("GET /api/integration_history_records")).isEqualTo(3);
        assertThat(coupa.countCalls("PUT /api/integration_history_records/")).isEqualTo(2);
    }

    @Test
    void optionThreeAlsoResolvesEarlierIntegrationErrorsOnASuccessfulExport() {
        String code = create(3);
        ObjectNode po = coupa.issue(new Object[]{"PAPER-A4", "2", "45.00"});
        runNow(code);
        coupa.change(po.get("id").asLong(), Map.of(1, "3"));
        runNow(code);

        assertThat(coupa.historyOf(po.get("id").asLong())).extracting(h -> h.get("resolved").asBoolean())
                .containsExactly(true, false);
        assertThat(coupa.countCalls("GET /api/integration_errors")).isEqualTo(2);
    }

    @Test
    void aSuccessRecordOfTheSameVersionFromAnEarlierAttemptIsNotPostedAgain() {
        String code = create(2);
        ObjectNode po = coupa.issue(new Object[]{"PAPER-A4", "2", "45.00"});
        runNow(code);
        coupa.orders.get(po.get("id").asLong()).put("exported", false);

        runNow(code);

        assertThat(coupa.historyOf(po.get("id").asLong())).hasSize(1);
        assertThat(coupa.orders.get(po.get("id").asLong()).get("exported").asBoolean()).isTrue();
        assertThat(erp.received).hasSize(1);
    }

    @Test
    void aPoFirstSeenCancelledOrClosedIsNotSentToTheErpAndIsMarkedExportedAsSkipped() {
        String code = create(2);
        ObjectNode cancelled = coupa.issue(new Object[]{"PAPER-A4", "2", "45.00"});
        ObjectNode closed = coupa.issue(new Object[]{"PEN", "1", "2"});
        coupa.setStatus(cancelled.get("id").asLong(), "cancelled");
        coupa.setStatus(closed.get("id").asLong(), "closed");

        admin().when().post("/api/integrations/" + code + "/runs").then().statusCode(200)
                .body("state", equalTo("succeeded")).body("succeeded", equalTo(2)).body("failed", equalTo(0));

        assertThat(erp.received).isEmpty();
        for (ObjectNode po : List.of(cancelled, closed)) {
            long id = po.get("id").asLong();
            String status = coupa.orders.get(id).get("status").asText();
            assertThat(coupa.orders.get(id).get("exported").asBoolean()).isTrue();
            List<ObjectNode> records = coupa.historyOf(id);
            assertThat(records).hasSize(1);
            assertThat(records.get(0).get("status").asText()).isEqualTo("success");
            assertThat(records.get(0).get("response-message").asText())
                    .isEqualTo("Not sent to the ERP: first seen " + status + ", the ERP never had this PO (version 1)");
            admin().when().get("/api/integrations/" + code + "/orders/" + po.get("po-number").asText()).then()
                    .statusCode(200).body("versions[0].state", equalTo("COMPLETED"))
                    .body("versions[0].action", equalTo("skip"))
                    .body("erpDocumentNumber", org.hamcrest.Matchers.nullValue());
        }
    }

    @Test
    void optionOneSaysInTheHeaderFieldThatACancelledPoWasNotSent() {
        String code = create(1);
        ObjectNode po = coupa.issue(new Object[]{"PAPER-A4", "2", "45.00"});
        coupa.setStatus(po.get("id").asLong(), "cancelled");

        runNow(code);

        assertThat(erp.received).isEmpty();
        ObjectNode now = coupa.orders.get(po.get("id").asLong());
        assertThat(now.get("exported").asBoolean()).isTrue();
        assertThat(now.get("custom-fields").get("integration-status").asText())
                .startsWith("Not sent to the ERP: first seen cancelled");
    }

    @Test
    void aCancelAfterAnUnansweredSendFirstLearnsTheErpDocumentThenCancelsIt() {
        String code = create(2);
        ObjectNode po = coupa.issue(new Object[]{"PAPER-A4", "2", "45.00"});
        String number = po.get("po-number").asText();
        erp.down = true;
        runNow(code);
        for (int i = 0; i < 100 && !"DEAD_LETTERED".equals(admin().when().get("/api/integrations/" + code + "/orders/"
                + number).then().extract().path("versions[0].state")); i++) {
            sleep(100);
            admin().when().post("/api/integrations/" + code + "/deliveries").then().statusCode(200);
        }
        erp.down = false;
        coupa.setStatus(po.get("id").asLong(), "cancelled");

        runNow(code);

        assertThat(erp.received).extracting(b -> b.get("action").asText() + "/" + b.get("version").asInt())
                .containsExactly("create/1", "cancel/2");
        String document = erp.documents.get(number + "/1");
        assertThat(erp.received.get(1).get("erp-document-number").asText()).isEqualTo(document);
        admin().when().get("/api/integrations/" + code + "/orders/" + number).then().statusCode(200)
                .body("versions[0].state", equalTo("SUPERSEDED")).body("versions[1].state", equalTo("COMPLETED"))
                .body("versions[1].action", equalTo("cancel")).body("erpDocumentNumber", equalTo(document));
    }

    @Test
    void anIntegrationListsOnlyItsSuppliersAndPassesItsNamedApiFilter() {
        Map<String, Object> body = new java.util.LinkedHashMap<>(io.procurewire.ordersync.TestIntegrations.body(
                "acme-suppliers-" + System.nanoTime() % 100000, 2));
        body.put("supplierNumbers", List.of("SUP-2", "SUP-3"));
        body.put("filter", "erp_export");
        io.procurewire.ordersync.TestIntegrations.create(body);
        String code = (String) body.get("code");
        coupa.issue(new Object[]{"PAPER-A4", "2", "45.00"});
        ObjectNode mine = coupa.issueFor("SUP-2", new Object[]{"PEN", "1", "2"});

        runNow(code);

        assertThat(erp.received).extracting(b -> b.get("po-number").asText())
                .containsExactly(mine.get("po-number").asText());
        assertThat(coupa.calls.stream().filter(c -> c.startsWith("GET /api/purchase_orders")).findFirst().orElseThrow())
                .contains("supplier%5Bnumber%5D%5Bin%5D=SUP-2%2CSUP-3").contains("filter=erp_export");
        admin().when().get("/api/integrations/" + code).then().statusCode(200)
                .body("supplierNumbers", org.hamcrest.Matchers.contains("SUP-2", "SUP-3"))
                .body("filter", equalTo("erp_export"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
