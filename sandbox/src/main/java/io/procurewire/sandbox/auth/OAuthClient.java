package io.procurewire.sandbox.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A client-credentials API client created through the admin API (configured clients live in application.properties). */
@Entity
@Table(name = "oauth_clients")
public class OAuthClient extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "client_id")
    public String clientId;

    @Column(name = "client_secret")
    public String clientSecret;

    /** Space-separated. */
    public String scopes;

    @Column(name = "created_at")
    public OffsetDateTime createdAt = OffsetDateTime.now();
}
