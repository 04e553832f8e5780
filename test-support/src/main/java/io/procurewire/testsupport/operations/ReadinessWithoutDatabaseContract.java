package io.procurewire.testsupport.operations;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTestProfile;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * With its database unreachable an application still lives but must not take traffic. A service's test extends this
 * with {@code @QuarkusTest @TestProfile(ReadinessWithoutDatabaseContract.UnreachableDatabase.class)}.
 */
public abstract class ReadinessWithoutDatabaseContract {

    /** Points the datasource at a loopback port where nothing listens, with nothing that needs the database at start. */
    public static class UnreachableDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    // port 9 (discard) on loopback: nothing listens there
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:9/unreachable",
                    "quarkus.flyway.migrate-at-start", "false",
                    "quarkus.hibernate-orm.schema-management.strategy", "none",
                    "quarkus.datasource.jdbc.acquisition-timeout", "2S",
                    "quarkus.scheduler.enabled", "false");
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    /** The management interface (health lives there, on a free port in tests). */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    public void readinessIsDownWhileLivenessStaysUp() {
        given().baseUri("http://" + management.getHost()).port(management.getPort()).when().get("/q/health/ready")
                .then().statusCode(503).body("status", equalTo("DOWN"));
        given().baseUri("http://" + management.getHost()).port(management.getPort()).when().get("/q/health/live")
                .then().statusCode(200).body("status", equalTo("UP"));
    }
}
