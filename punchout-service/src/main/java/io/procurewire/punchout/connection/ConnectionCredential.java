package io.procurewire.punchout.connection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.Optional;

/** One credential set (test or production) of a connection. The shared secret exists only as a salted hash. */
@Entity
@Table(name = "connection_credential")
public class ConnectionCredential extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "connection_id")
    public BuyerConnection connection;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Environment environment;

    @Column(name = "from_domain", nullable = false)
    public String fromDomain;
    @Column(name = "from_identity", nullable = false)
    public String fromIdentity;
    @Column(name = "to_domain", nullable = false)
    public String toDomain;
    @Column(name = "to_identity", nullable = false)
    public String toIdentity;
    @Column(name = "sender_domain", nullable = false)
    public String senderDomain;
    @Column(name = "sender_identity", nullable = false)
    public String senderIdentity;

    @Column(name = "secret_hash", nullable = false)
    public String secretHash;

    @Column(name = "secret_is_none", nullable = false)
    public boolean secretIsNone;

    /** The set whose From identity this is, for the environment; domains compare case-insensitively (cXML). */
    public static Optional<ConnectionCredential> findByFrom(Environment environment, String domain, String identity) {
        return find("environment = ?1 and lower(fromDomain) = lower(?2) and fromIdentity = ?3",
                environment, domain, identity).firstResultOptional();
    }
}
