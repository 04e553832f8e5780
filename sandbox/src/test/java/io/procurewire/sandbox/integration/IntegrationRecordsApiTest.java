package io.procurewire.sandbox.integration;

import io.procurewire.sandbox.SandboxApi;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.procurewire.sandbox.SandboxApi.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class IntegrationRecordsApiTest {

    @Test
    void integrationRunGoesFromPendingThroughStartedToSuccessfulWithCounts() {
        int run = api().contentType("application/json").body(Map.of("integration", Map.of("code", "po-export")))
                .post("/api/integration_runs").then().statusCode(201)
                .body("status", equalTo("pending")).body("integration.code", equalTo("po-export"))
                .extract().path("id");
        api().put("/api/integration_runs/" + run + "/run").then().statusCode(200)
                .body("status", equalTo("started")).body("started-at", notNullValue());
        api().contentType("application/json").body(Map.of("total-records", 3, "success-count", 2, "error-count", 1))
                .put("/api/integration_runs/" + run).then().statusCode(200).body("error-count", equalTo(1));
        api().put("/api/integration_runs/" + run + "/success").then().statusCode(200)
                .body("status", equalTo("successful")).body("total-records", equalTo(3)).body("ended-at", notNullValue());
        api().put("/api/integration_runs/" + run + "/fail").then().statusCode(400)
                .body("errors.error", hasItem("Integration run " + run + " has already ended as successful"));
    }

    @Test
    void aPendingRunCanFailButNotSucceed() {
        int run = api().contentType("application/json").body(Map.of("integration", Map.of("code", "po-export")))
                .post("/api/integration_runs").then().statusCode(201).extract().path("id");
        api().put("/api/integration_runs/" + run + "/success").then().statusCode(400);
        api().put("/api/integration_runs/" + run + "/fail").then().statusCode(200).body("status", equalTo("failed"));
    }

    @Test
    void historyRecordsAreListedUnresolvedPerDocumentAndResolved() {
        String supplier = "SUP-" + UUID.randomUUID().toString().substring(0, 8);
        SandboxApi.createSupplier(supplier, Map.of());
        int po = SandboxApi.issuePo(supplier, "Item");
        int first = api().contentType("application/json").body(Map.of("document-type", "OrderHeader",
                        "document-id", po, "status", "error", "response-code", "500", "response-message", "ERP down",
                        "contact-alert-type", "Functional"))
                .post("/api/integration_history_records/create_alert").then().statusCode(201)
                .body("alerted", equalTo(true)).body("resolved", equalTo(false)).extract().path("id");
        api().queryParam("document-type", "OrderHeader").queryParam("document-id", po).queryParam("resolved", "false")
                .get("/api/integration_history_records").then().statusCode(200).body("id", contains(first));
        api().contentType("application/json").body(Map.of("resolved", true))
                .put("/api/integration_history_records/" + first).then().statusCode(200).body("resolved", equalTo(true));
        int second = api().contentType("application/json").body(Map.of("document-type", "OrderHeader",
                        "document-id", po, "status", "success", "response-code", "201"))
                .post("/api/integration_history_records/mark_exported").then().statusCode(201).extract().path("id");
        api().queryParam("document-type", "OrderHeader").queryParam("document-id", po).queryParam("resolved", "false")
                .get("/api/integration_history_records").then().statusCode(200).body("id", contains(second));
        api().get("/api/purchase_orders/" + po).then().body("exported", equalTo(true));
    }

    @Test
    void historyRecordNeedsDocumentTypeAndId() {
        api().contentType("application/json").body(Map.of("status", "success"))
                .post("/api/integration_history_records").then().statusCode(400)
                .body("errors.error", hasItem("document-type can't be blank"));
    }

    @Test
    void integrationErrorsAreCreatedWithAlertResolvedAndUnresolved() {
        int run = api().contentType("application/json").body(Map.of("integration", Map.of("code", "po-export")))
                .post("/api/integration_runs").then().statusCode(201).extract().path("id");
        int error = api().contentType("application/json").body(Map.of("document-type", "OrderHeader", "document-id", 42,
                        "response-code", "503", "response-body", "ERP unavailable", "integration-run", Map.of("id", run)))
                .post("/api/integration_errors/create_alert").then().statusCode(201)
                .body("alerted", equalTo(true)).body("integration-run.id", equalTo(run)).extract().path("id");
        api().queryParam("integration-run[id]", run).queryParam("resolved", "false")
                .get("/api/integration_errors").then().statusCode(200).body("id", contains(error));
        api().put("/api/integration_errors/" + error + "/resolve").then().statusCode(200).body("resolved", equalTo(true));
        api().put("/api/integration_errors/" + error + "/unresolve").then().statusCode(200).body("resolved", equalTo(false));
    }

    @Test
    void errorReferencingAnUnknownRunIs404() {
        api().contentType("application/json").body(Map.of("response-code", "500", "integration-run", Map.of("id", 987654)))
                .post("/api/integration_errors").then().statusCode(404)
                .body("errors.error", hasItem("Couldn't find IntegrationRun with id=987654"));
    }
}
