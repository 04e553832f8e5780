package io.procurewire.punchout.connection;

import java.time.Instant;

/** A connection as the admin API shows it: everything but the secret, plus the URLs to hand to the buyer. */
public record ConnectionView(
        long id,
        String buyerName,
        String buyerCode,
        String contractCode,
        boolean autoProvisionUsers,
        CartEncoding cartEncoding,
        CredentialSetView production,
        CredentialSetView test,
        Instant createdAt,
        Instant updatedAt) {

    public record CredentialSetView(
            String fromDomain, String fromIdentity,
            String toDomain, String toIdentity,
            String senderDomain, String senderIdentity,
            boolean sharedSecretSet,
            /* the buyer sends the literal "none" (no secret configured on its side): weak, shown as a warning */
            boolean sharedSecretIsNone,
            String punchoutUrl,
            String orderRequestUrl) {
    }
}
