package io.procurewire.sandbox.auth;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** OAuth2 client credentials against the packaged application and its production configuration. */
@QuarkusIntegrationTest
class TokenEndpointIT extends TokenEndpointTest {
}
