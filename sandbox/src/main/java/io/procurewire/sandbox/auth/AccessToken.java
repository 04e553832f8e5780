package io.procurewire.sandbox.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Set;

/** An issued bearer token, kept in the database so any replica can check it. */
@Entity
@Table(name = "access_tokens")
public class AccessToken extends PanacheEntityBase {

    @Id
    public String token;

    @Column(name = "client_id")
    public String clientId;

    public String scopes;

    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;

    public Set<String> scopeSet() {
        return Scopes.parse(scopes);
    }
}
