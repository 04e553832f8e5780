package io.procurewire.ordersync.status;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.procurewire.ordersync.TestIntegrations;
import io.procurewire.ordersync.fake.FakeCoupa;
import io.procurewire.ordersync.fake.FakeErp;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.procurewire.ordersync.TestIntegrations.admin;
import static io.procurewire.ordersync.TestIntegrations.viewer;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
class StatusPageTest {

    @Inject
    FakeCoupa coupa;
    @Inject
    FakeErp erp;

    @Test
    void thePageShowsRunsStatesAndDeadLettersAndItsRetryFormWorksOnlyFromThePage() {
        coupa.reset();
        erp.reset();
        String code = TestIntegrations.create(1);
        ObjectNode po = coupa.issue(new Object[]{"PAPER-A4", "2", "45.00"});
        String number = po.get("po-number").asText();
        erp.failNext(422);
        admin().when().post("/api/integrations/" + code + "/runs").then().statusCode(200);

        viewer().when().get("/status/" + code).then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<h1>Order sync: " + code + "</h1>"))
                .body(containsString("<td data-state=\"DEAD_LETTERED\">1</td>"))
                .body(containsString("HTTP 422"))
                .body(containsString("action=\"/status/" + code + "/orders/" + number + "/retry\""));

        String host = "localhost:" + io.restassured.RestAssured.port;
        admin().header("Origin", "https://evil.example").contentType("application/x-www-form-urlencoded")
                .when().post("/status/" + code + "/orders/" + number + "/retry").then().statusCode(403);
        viewer().header("Origin", "http://" + host).contentType("application/x-www-form-urlencoded")
                .when().post("/status/" + code + "/orders/" + number + "/retry").then().statusCode(403);
        admin().redirects().follow(false).header("Origin", "http://" + host)
                .contentType("application/x-www-form-urlencoded")
                .when().post("/status/" + code + "/orders/" + number + "/retry").then().statusCode(303)
                .header("Location", containsString("message=Retried+" + number));
        viewer().when().get("/status/" + code).then().statusCode(200)
                .body(containsString("<td data-state=\"COMPLETED\">1</td>"))
                .body(containsString("<td data-state=\"DEAD_LETTERED\">0</td>"));
    }
}
