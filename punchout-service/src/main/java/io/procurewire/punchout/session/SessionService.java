package io.procurewire.punchout.session;

import io.procurewire.punchout.PunchoutConfig;
import io.procurewire.punchout.account.CustomerAccount;
import io.procurewire.punchout.connection.CredentialMatch;
import io.procurewire.punchout.connection.Environment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Opens sessions (from a setup request), redeems StartPage tokens once, and resolves session keys for the shop.
 * All state is in PostgreSQL so that any replica serves any request.
 */
@ApplicationScoped
public class SessionService {

    /** Activity is written at most this often, to spare the database a write per page view. */
    private static final Duration ACTIVITY_GRANULARITY = Duration.ofSeconds(30);

    private final PunchoutConfig config;
    private final EntityManager em;
    private final DataSource dataSource;

    public SessionService(PunchoutConfig config, EntityManager em, DataSource dataSource) {
        this.config = config;
        this.em = em;
        this.dataSource = dataSource;
    }

    public record Opened(PunchoutSession session, String startToken) {
    }

    /** Creates the session in the caller's transaction; the clear start token exists only in the answer. */
    public Opened open(CredentialMatch connection, CustomerAccount account, Environment environment, Operation operation,
                       String buyerCookie, String browserFormPostUrl, String setupPayloadId, Instant now) {
        String token = Tokens.newToken();
        PunchoutSession session = new PunchoutSession();
        session.connectionId = connection.connectionId();
        session.accountId = account.id;
        session.environment = environment;
        session.operation = operation;
        session.buyerCookie = buyerCookie;
        session.browserFormPostUrl = browserFormPostUrl;
        session.cartEncoding = connection.cartEncoding();
        session.buyerCode = connection.buyerCode();
        session.contractCode = connection.contractCode();
        session.setupPayloadId = setupPayloadId;
        session.startTokenHash = Tokens.hash(token);
        session.startTokenExpiresAt = now.plus(config.startTokenTtl());
        session.createdAt = now;
        session.lastActivityAt = now;
        session.persist();
        return new Opened(session, token);
    }

    public String startPageUrl(String startToken) {
        String base = config.publicBaseUrl();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/punchout/start/" + startToken;
    }

    /**
     * Redeems a StartPage token: exactly once (a conditional update, safe across replicas), before it expires.
     *
     * @return the new session key that identifies the session from now on
     */
    @Transactional
    public String redeem(String startToken) {
        if (!Tokens.wellFormed(startToken)) {
            throw unknownStartPage();
        }
        String hash = Tokens.hash(startToken);
        Instant now = Instant.now();
        String sessionKey = Tokens.newToken();
        int redeemed = em.createQuery("""
                        update PunchoutSession s set s.startTokenRedeemedAt = :now, s.sessionKeyHash = :key,
                               s.lastActivityAt = :now
                        where s.startTokenHash = :hash and s.startTokenRedeemedAt is null
                          and s.startTokenExpiresAt > :now and s.closedAt is null""")
                .setParameter("now", now).setParameter("key", Tokens.hash(sessionKey)).setParameter("hash", hash)
                .executeUpdate();
        if (redeemed == 1) {
            return sessionKey;
        }
        PunchoutSession session = PunchoutSession.<PunchoutSession>find("startTokenHash", hash).firstResult();
        if (session == null) {
            throw unknownStartPage();
        }
        if (session.startTokenRedeemedAt != null) {
            throw new ShopException(410, "This punchout link was already used",
                    "A punchout link opens the shop once. Return to your procurement system and punch out again.");
        }
        throw new ShopException(410, "This punchout link has expired",
                "A punchout link must be opened within " + minutes(config.startTokenTtl())
                        + " of the request. Return to your procurement system and punch out again.");
    }

    /** Checks a session key and records activity; the scope of the answer is what the shop may show. */
    public ShopSession resolve(String sessionKey) {
        return resolve(sessionKey, false);
    }

    /**
     * The same for a checkout: a session whose cart was returned is answered too ({@link ShopSession#closed()}), for
     * as long as it would have stayed open, so that a repeated checkout (a double click) shows the same cart form.
     */
    public ShopSession resolveForCheckout(String sessionKey) {
        return resolve(sessionKey, true);
    }

    /**
     * One statement, plain JDBC on the Agroal pool (no Hibernate session, no transaction), reads the session with the
     * two names the shop shows (buyer and user) and the number of lines in its cart (the header's "Cart (n)"); activity
     * is written, in an autocommit statement of its own, only when the last one recorded is older than
     * ACTIVITY_GRANULARITY.
     */
    private ShopSession resolve(String sessionKey, boolean closedAllowed) {
        if (!Tokens.wellFormed(sessionKey)) {
            throw unknownSession();
        }
        try (Connection connection = dataSource.getConnection()) {
            ShopSession session;
            Instant lastActivityAt;
            try (PreparedStatement statement = connection.prepareStatement(RESOLVE)) {
                statement.setString(1, Tokens.hash(sessionKey));
                try (ResultSet r = statement.executeQuery()) {
                    if (!r.next()) {
                        throw unknownSession();
                    }
                    Instant closedAt = instant(r.getObject(6, OffsetDateTime.class));
                    lastActivityAt = instant(r.getObject(7, OffsetDateTime.class));
                    if (closedAt != null && !closedAllowed) {
                        throw new ShopException(410, "This shopping session has ended",
                                "The cart was returned to your procurement system. To change it, edit the cart there.");
                    }
                    session = new ShopSession(r.getLong(1), sessionKey, r.getLong(2), r.getString(8), r.getString(3),
                            r.getString(4), Operation.valueOf(r.getString(5)),
                            CustomerAccount.displayName(r.getString(9), r.getString(10), r.getString(11), r.getString(12)),
                            closedAt != null, "TEST".equals(r.getString(13)), r.getInt(14));
                }
            }
            Instant now = Instant.now();
            if (lastActivityAt.plus(config.sessionIdleTimeout()).isBefore(now)) {
                throw new ShopException(410, "Your shopping session has expired",
                        "It was inactive for more than " + minutes(config.sessionIdleTimeout())
                                + ". Return to your procurement system and punch out again.");
            }
            if (!session.closed() && lastActivityAt.plus(ACTIVITY_GRANULARITY).isBefore(now)) {
                try (PreparedStatement update = connection.prepareStatement(
                        "update punchout_session set last_activity_at = ? where id = ? and last_activity_at < ?")) {
                    OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
                    update.setObject(1, at);
                    update.setLong(2, session.id());
                    update.setObject(3, at);
                    update.executeUpdate();
                }
            }
            return session;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the shopping session", e);
        }
    }

    private static final String RESOLVE = """
            select s.id, s.connection_id, s.buyer_code, s.contract_code, s.operation, s.closed_at, s.last_activity_at,
                   c.buyer_name, a.first_name, a.last_name, a.email, a.unique_name, s.environment,
                   (select count(*) from cart k join cart_line l on l.cart_id = k.id where k.session_id = s.id)
            from punchout_session s
                join buyer_connection c on c.id = s.connection_id
                join customer_account a on a.id = s.account_id
            where s.session_key_hash = ?""";

    private static ShopException unknownSession() {
        return new ShopException(404, "Unknown shopping session",
                "This shopping session does not exist. Return to your procurement system and punch out again.");
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    private static ShopException unknownStartPage() {
        return new ShopException(404, "Unknown punchout link",
                "This punchout link is not valid. Return to your procurement system and punch out again.");
    }

    private static String minutes(Duration d) {
        long m = d.toMinutes();
        return m == 1 ? "1 minute" : m + " minutes";
    }
}
