package io.procurewire.punchout.connection;

import io.procurewire.punchout.PunchoutConfig;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;

class SecretHasherProducer {

    @Produces
    @Singleton
    SecretHasher secretHasher(PunchoutConfig config) {
        return new SecretHasher(config.secretHashIterations());
    }
}
