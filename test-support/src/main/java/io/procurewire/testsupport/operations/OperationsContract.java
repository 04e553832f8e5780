package io.procurewire.testsupport.operations;

import io.procurewire.testsupport.PackagedApplicationConfig;
import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * What every application of the suite promises operators: health, Prometheus metrics, an OpenAPI document and Swagger
 * UI on the management port (never on the service port buyers reach), and problem JSON for unknown paths. A service's
 * {@code @QuarkusTest} extends it and names itself.
 */
public abstract class OperationsContract {

    /**
     * The management interface's root (the test run gives it a free port, as it does the service port). Right in a
     * {@code @QuarkusTest} only: an {@code *IT} reads the port through {@link PackagedApplicationConfig#managementUrl}.
     */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    protected RequestSpecification onManagementPort() {
        URL management = PackagedApplicationConfig.managementUrl(this.management);
        return given().baseUri(management.getProtocol() + "://" + management.getHost()).port(management.getPort());
    }

    /** The application name, e.g. {@code catalog-service}; the OpenAPI title is "Procurewire " + this. */
    protected abstract String applicationName();

    @Test
    public void livenessIsUp() {
        onManagementPort().when().get("/q/health/live")
                .then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    public void readinessIsUpWithTheDatabaseCheck() {
        onManagementPort().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    public void metricsAreExposedForPrometheus() {
        onManagementPort().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("# TYPE jvm_memory_used_bytes gauge"));
    }

    @Test
    public void openApiDocumentDescribesTheService() {
        onManagementPort().accept("application/json").when().get("/q/openapi")
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

    @Test
    public void swaggerUiIsOnTheManagementPort() {
        onManagementPort().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    public void operationsEndpointsAreNotOnTheServicePort() {
        for (String path : new String[] {"/q/health", "/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui/"}) {
            given().when().get(path).then().statusCode(404);
        }
    }
}
