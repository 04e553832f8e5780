package io.procurewire.ordersync.integration;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/** An integration as the API shows it: secret references, never secrets or their hashes. */
@RegisterForReflection
public record IntegrationView(String code, String origin, String platformUrl, String clientId, String clientSecretRef,
                              List<String> statuses, String schedule, int monitoringOption, String contactEmail,
                              String contactName, Erp erp, String confirmationUrl, String confirmationSecretRef, Inbound inbound,
                              String filter, List<String> supplierNumbers, OffsetDateTime exportFrom,
                              OffsetDateTime nextRunAt) {

    @RegisterForReflection
    public record Erp(String url, String credentialsRef, String format) {
    }

    @RegisterForReflection
    public record Inbound(Credential production, Credential test) {
    }

    /** {@code sharedSecretSet} says a secret is stored; the secret itself is never returned. */
    @RegisterForReflection
    public record Credential(String fromDomain, String fromIdentity, String senderDomain, String senderIdentity,
                             boolean sharedSecretSet) {
    }

    static IntegrationView of(Integration i, List<InboundCredential> credentials) {
        Credential production = null;
        Credential test = null;
        for (InboundCredential c : credentials) {
            Credential view = new Credential(c.fromDomain, c.fromIdentity, c.senderDomain, c.senderIdentity, true);
            if (InboundCredential.PRODUCTION.equals(c.environment)) {
                production = view;
            } else {
                test = view;
            }
        }
        return new IntegrationView(i.code, i.origin, i.platformUrl, i.clientId, i.clientSecretRef, i.statusList(),
                Duration.ofSeconds(i.scheduleSeconds).toString(), i.monitoringOption, i.contactEmail, i.contactName,
                new Erp(i.erpUrl, i.erpCredentialsRef, i.erpFormat), i.confirmationUrl, i.confirmationSecretRef,
                production == null && test == null ? null : new Inbound(production, test), i.apiFilter,
                i.supplierNumberList(), i.exportFrom, i.nextRunAt);
    }
}
