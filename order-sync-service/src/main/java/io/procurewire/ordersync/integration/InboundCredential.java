package io.procurewire.ordersync.integration;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.List;

/** The cXML credentials a buyer presents on OrderRequest: From/Sender identities and a hashed shared secret. */
@Entity
@Table(name = "inbound_credential")
public class InboundCredential extends PanacheEntityBase {

    public static final String PRODUCTION = "production";
    public static final String TEST = "test";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "integration_id")
    public long integrationId;
    public String environment;
    @Column(name = "from_domain")
    public String fromDomain;
    @Column(name = "from_identity")
    public String fromIdentity;
    @Column(name = "sender_domain")
    public String senderDomain;
    @Column(name = "sender_identity")
    public String senderIdentity;
    @Column(name = "secret_hash")
    public String secretHash;

    public static List<InboundCredential> ofIntegration(long integrationId) {
        return list("integrationId = ?1 order by environment", integrationId);
    }

    public static List<InboundCredential> candidates(String environment, String fromIdentity) {
        return list("environment = ?1 and lower(fromIdentity) = lower(?2)", environment, fromIdentity);
    }
}
