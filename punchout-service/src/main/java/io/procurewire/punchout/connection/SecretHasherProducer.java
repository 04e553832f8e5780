package io.procurewire.punchout.connection;

import io.procurewire.cxml.SecretHasher;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.procurewire.punchout.PunchoutConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

class SecretHasherProducer {

    @Produces
    @Singleton
    SecretHasher secretHasher(PunchoutConfig config, MeterRegistry meters) {
        DerivationBulkhead bulkhead = new DerivationBulkhead(config.maxConcurrentSecretChecks());
        FunctionCounter.builder("procurewire_punchout_secret_checks_refused_total", bulkhead, DerivationBulkhead::refused)
                .description("secret verifications not started because every PBKDF2 slot was busy (answered 401)")
                .register(meters);
        return new SecretHasher(config.secretHashIterations(), derivation -> bulkhead.tryRun(derivation::get));
    }
}
