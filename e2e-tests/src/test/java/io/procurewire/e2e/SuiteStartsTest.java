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
            given().baseUri(service.baseUrl()).when().get("/q/health/ready")
                    .then().statusCode(200).body("status", equalTo("UP"));
        }
    }

    @Test
    void everyServiceExposesMetricsAndItsApiDescription() {
        for (ServiceSpec service : suite.services()) {
            given().baseUri(service.baseUrl()).when().get("/q/metrics")
                    .then().statusCode(200).body(containsString("http_server_"));
            given().baseUri(service.baseUrl()).accept("application/json").when().get("/q/openapi")
                    .then().statusCode(200).body("openapi", containsString("3."));
        }
    }
}
