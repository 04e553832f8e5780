package io.procurewire.punchout.session;

import io.procurewire.punchout.connection.CartEncoding;
import io.procurewire.punchout.connection.Environment;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A punchout session from setup request to checkout; the shop's only notion of "logged in". */
@Entity
@Table(name = "punchout_session")
public class PunchoutSession extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "connection_id", nullable = false)
    public Long connectionId;

    @Column(name = "account_id", nullable = false)
    public Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Environment environment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Operation operation;

    @Column(name = "buyer_cookie", nullable = false)
    public String buyerCookie;

    @Column(name = "browser_form_post_url", nullable = false)
    public String browserFormPostUrl;

    @Enumerated(EnumType.STRING)
    @Column(name = "cart_encoding", nullable = false)
    public CartEncoding cartEncoding;

    @Column(name = "buyer_code", nullable = false)
    public String buyerCode;

    @Column(name = "contract_code")
    public String contractCode;

    @Column(name = "setup_payload_id", nullable = false)
    public String setupPayloadId;

    @Column(name = "start_token_hash", nullable = false)
    public String startTokenHash;

    @Column(name = "start_token_expires_at", nullable = false)
    public Instant startTokenExpiresAt;

    @Column(name = "start_token_redeemed_at")
    public Instant startTokenRedeemedAt;

    @Column(name = "session_key_hash")
    public String sessionKeyHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_activity_at", nullable = false)
    public Instant lastActivityAt;

    @Column(name = "closed_at")
    public Instant closedAt;
}
