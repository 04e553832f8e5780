package io.procurewire.testsupport.operations;

import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * What every application of the suite promises operators: health, Prometheus metrics, an OpenAPI document, and
 * problem JSON for unknown paths. A service's {@code @QuarkusTest} extends it and names itself.
 */
public abstract class OperationsContract {

    /** The application name, e.g. {@code catalog-service}; the OpenAPI title is "Procurewire " + this. */
    protected abstract String applicationName();

    @Test
    public void livenessIsUp() {
        given().when().get("/q/health/live")
                .then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    public void readinessIsUpWithTheDatabaseCheck() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    public void metricsAreExposedForPrometheus() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("# TYPE jvm_memory_used_bytes gauge"));
    }

    @Test
    public void openApiDocumentDescribesTheService() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("Procurewire " + applicationName()));
    }

    @Test
    public void unknownPathsAnswerProblemJson() {
        given().accept("application/json").when().get("/no/such/resource")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"));
    }
}
