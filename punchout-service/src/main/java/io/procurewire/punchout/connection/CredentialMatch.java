package io.procurewire.punchout.connection;

import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Optional;

/**
 * What a setup request needs of the credential set its From identity names and of that set's connection, read in one
 * plain SQL statement (no entity, no HQL to translate): the identities and secret hash to check, and the connection's
 * catalog scope and provisioning flag, so that the setup transaction does not read the connection again.
 */
public record CredentialMatch(long connectionId, String toDomain, String toIdentity, String senderDomain,
                              String senderIdentity, String secretHash, String buyerCode, String contractCode,
                              CartEncoding cartEncoding, boolean autoProvisionUsers) {

    private static final String SQL = """
            select c.connection_id, c.to_domain, c.to_identity, c.sender_domain, c.sender_identity, c.secret_hash,
                   b.buyer_code, b.contract_code, b.cart_encoding, b.auto_provision_users
            from connection_credential c join buyer_connection b on b.id = c.connection_id
            where c.environment = ?1 and lower(c.from_domain) = lower(?2) and c.from_identity = ?3
            limit 1""";

    /** The set whose From identity this is, for the environment; domains compare case-insensitively (cXML). */
    public static Optional<CredentialMatch> find(EntityManager em, Environment environment, String domain, String identity) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SQL).setParameter(1, environment.name()).setParameter(2, domain)
                .setParameter(3, identity).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.getFirst();
        return Optional.of(new CredentialMatch(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], (String) r[6], (String) r[7], CartEncoding.valueOf((String) r[8]),
                (Boolean) r[9]));
    }
}
