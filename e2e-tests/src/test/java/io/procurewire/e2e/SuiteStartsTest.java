package io.procurewire.e2e;

import io.procurewire.local.ServiceSpec;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Every service, started as its packaged jar on its own database, is ready and operable. */
class SuiteStartsTest {

    private final RunningSuite suite = RunningSuite.get();

    @Test
    void everyServiceOfTheSuiteIsBuiltAndReady() {
        assertThat(suite.services()).extracting(ServiceSpec::name)
                .contains("punchout-service", "catalog-service", "order-sync-service", "invoice-service");
        for (ServiceSpec service : suite.services()) {
            given().baseUri(service.managementUrl()).when().get("/q/health/ready")
                    .then().statusCode(200).body("status", equalTo("UP"));
        }
    }

    @Test
    void operationsEndpointsAreOnlyOnTheManagementPort() {
        for (ServiceSpec service : suite.services()) {
            for (String path : new String[] {"/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui/"}) {
                given().baseUri(service.baseUrl()).when().get(path).then().statusCode(404);
            }
            given().baseUri(service.managementUrl()).when().get("/q/swagger-ui/").then().statusCode(200);
        }
    }

    @Test
    void everyServiceExposesMetricsAndItsApiDescription() {
        for (ServiceSpec service : suite.services()) {
            given().baseUri(service.managementUrl()).when().get("/q/metrics")
                    .then().statusCode(200).body(containsString("http_server_"));
            given().baseUri(service.managementUrl()).accept("application/json").when().get("/q/openapi")
                    .then().statusCode(200).body("openapi", containsString("3."));
        }
    }
}
