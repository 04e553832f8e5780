package io.procurewire.sandbox;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class OperationsEndpointsTest {

    @Test
    void livenessIsUp() {
        given().when().get("/q/health/live")
                .then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void readinessIsUpWithTheDatabaseCheck() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void metricsAreExposedForPrometheus() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("# TYPE jvm_memory_used_bytes gauge"));
    }

    @Test
    void openApiDocumentDescribesTheService() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("Procurewire sandbox"));
    }

    @Test
    void unknownPathsAnswerProblemJson() {
        given().accept("application/json").when().get("/no/such/resource")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"));
    }
}
