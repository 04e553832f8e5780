package io.procurewire.sandbox;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** With the database unreachable the service still lives, but must not take traffic. */
@QuarkusTest
@TestProfile(ReadinessWithoutDatabaseTest.UnreachableDatabase.class)
class ReadinessWithoutDatabaseTest {

    public static class UnreachableDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    // port 9 (discard) on loopback: nothing listens there
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:9/sandbox",
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

    @Test
    void readinessIsDownWhileLivenessStaysUp() {
        given().when().get("/q/health/ready")
                .then().statusCode(503).body("status", equalTo("DOWN"));
        given().when().get("/q/health/live")
                .then().statusCode(200).body("status", equalTo("UP"));
    }
}
