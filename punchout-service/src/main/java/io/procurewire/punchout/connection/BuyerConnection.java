package io.procurewire.punchout.connection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A buyer organisation that punches out to this supplier: its identities, secret, contract and preferences. */
@Entity
@Table(name = "buyer_connection")
public class BuyerConnection extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "buyer_name", nullable = false)
    public String buyerName;

    @Column(name = "buyer_code", nullable = false)
    public String buyerCode;

    @Column(name = "contract_code")
    public String contractCode;

    @Column(name = "auto_provision_users", nullable = false)
    public boolean autoProvisionUsers;

    @Enumerated(EnumType.STRING)
    @Column(name = "cart_encoding", nullable = false)
    public CartEncoding cartEncoding;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @OneToMany(mappedBy = "connection", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<ConnectionCredential> credentials = new ArrayList<>();

    public Optional<ConnectionCredential> credential(Environment environment) {
        return credentials.stream().filter(c -> c.environment == environment).findFirst();
    }
}
