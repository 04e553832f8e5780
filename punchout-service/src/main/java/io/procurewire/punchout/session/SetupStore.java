package io.procurewire.punchout.session;

import io.procurewire.punchout.account.AccountUpdate;
import io.procurewire.punchout.account.BuyerUser;
import io.procurewire.punchout.audit.ExchangeLog;
import io.procurewire.punchout.connection.CartEncoding;
import io.procurewire.punchout.connection.CredentialMatch;
import io.procurewire.punchout.connection.Environment;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The setup request's database work in two statements, plain JDBC on the Agroal pool (no Hibernate session, no JTA
 * transaction): {@link #find} reads the credential set, its connection and the buyer user's account in one query;
 * {@link #open} writes the inbound audit record (the replay guard: the unique constraint decides), the account's changed
 * names or {@code last_login_at}, the session and the outbound audit record in one statement with data-modifying CTEs,
 * committed on its own (autocommit), so it is one round trip including the commit and the account row is locked only
 * for that statement. The inbound record is durable before the answer is sent, as before.
 * <p>
 * A first punchout provisions the account in the same statement. The rare cases (a request that names no user, a user
 * without an account where provisioning is off, an edit/inspect that re-prices a cart, a concurrent first punchout of
 * the same user) stay on {@link SetupRequestHandler}'s transaction with the entities.
 */
@ApplicationScoped
public class SetupStore {

    /** last_login_at is exact to this much: a later punchout within it does not write the account. */
    static final Duration LOGIN_GRANULARITY = AccountUpdate.LOGIN_GRANULARITY;

    private static final String CREDENTIAL_COLUMNS = """
            select c.connection_id, c.to_domain, c.to_identity, c.sender_domain, c.sender_identity, c.secret_hash,
                   b.buyer_code, b.contract_code, b.cart_encoding, b.auto_provision_users,
                   a.id, a.unique_name, a.email, a.first_name, a.last_name, a.business_unit, a.last_login_at
            from connection_credential c join buyer_connection b on b.id = c.connection_id
            """;
    private static final String CREDENTIAL_WHERE = """
            where c.environment = ? and lower(c.from_domain) = lower(?) and c.from_identity = ?
            limit 1""";
    private static final String ACCOUNT_COLUMNS =
            "select id, unique_name, email, first_name, last_name, business_unit, last_login_at";
    /** By UniqueName, else the account registered by the e-mail alone (AccountService's order). */
    private static final String FIND_BY_UNIQUE_NAME = CREDENTIAL_COLUMNS + """
            left join lateral (
                select * from (
                    %1$s, 0 as rank from customer_account
                    where connection_id = c.connection_id and unique_name = ?
                    union all
                    %1$s, 1 from customer_account
                    where connection_id = c.connection_id and lower(email) = lower(?) and unique_name is null) x
                order by rank limit 1) a on true
            """.formatted(ACCOUNT_COLUMNS) + CREDENTIAL_WHERE;
    /** No UniqueName: the account of this e-mail, the one without a UniqueName first, else the oldest. */
    private static final String FIND_BY_EMAIL = CREDENTIAL_COLUMNS + """
            left join lateral (
                %s from customer_account
                where connection_id = c.connection_id and lower(email) = lower(?)
                order by case when unique_name is null then 0 else 1 end, id limit 1) a on true
            """.formatted(ACCOUNT_COLUMNS) + CREDENTIAL_WHERE;

    private static final String OPEN_HEAD = """
            with inbound as (
                insert into exchange (connection_id, direction, document_type, payload_id, environment, occurred_at,
                                      document, retry_allowed)
                values (?, 'INBOUND', 'PunchOutSetupRequest', ?, ?, ?, ?, false)
                on conflict (connection_id, payload_id) do update
                    set occurred_at = excluded.occurred_at, document = excluded.document,
                        retry_allowed = excluded.retry_allowed
                    where exchange.retry_allowed and exchange.direction = 'INBOUND'
                returning id
            ),""";
    private static final String OPEN_ACCOUNT = """
            account as (
                update customer_account set unique_name = ?, email = ?, first_name = ?, last_name = ?,
                                            business_unit = ?, last_login_at = ?
                where id = ? and exists (select 1 from inbound)
                returning id
            ),""";
    /** A first punchout: the account as AccountService would provision it, in the same statement. */
    private static final String OPEN_PROVISION = """
            account as (
                insert into customer_account (connection_id, unique_name, email, first_name, last_name, business_unit,
                                              provisioned_by_punchout, created_at, last_login_at)
                select ?, ?, ?, ?, ?, ?, true, ?, ? from inbound
                on conflict do nothing
                returning id
            ),""";
    private static final String OPEN_TAIL = """
            session as (
                insert into punchout_session (connection_id, account_id, environment, operation, buyer_cookie,
                                              browser_form_post_url, cart_encoding, buyer_code, contract_code,
                                              setup_payload_id, start_token_hash, start_token_expires_at, created_at,
                                              last_activity_at)
                select ?, %s, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? from inbound
                returning id
            ),
            outbound as (
                insert into exchange (connection_id, session_id, direction, document_type, payload_id, in_reply_to,
                                      status_code, environment, occurred_at, document)
                select ?, s.id, 'OUTBOUND', 'PunchOutSetupResponse', ?, ?, 200, ?, ?, ? from session s
                returning id
            )
            select s.id from session s""";
    private static final String OPEN_WITH_ACCOUNT = OPEN_HEAD + OPEN_ACCOUNT + OPEN_TAIL.formatted("?");
    private static final String OPEN = OPEN_HEAD + OPEN_TAIL.formatted("?");
    /*
     * A concurrent first punchout of the same user makes the account insert a no-op (on conflict do nothing): the
     * session's account_id is then null, the not-null constraint fails the whole statement (nothing written) and the
     * caller runs the setup in the transaction path, which finds the account the other request created.
     */
    private static final String OPEN_PROVISIONING = OPEN_HEAD + OPEN_PROVISION
            + OPEN_TAIL.formatted("(select id from account)");
    private static final String NOT_NULL_VIOLATION = "23502";

    /** The account insert of a first punchout met a concurrent one's: nothing was written, the caller retries. */
    public static final class ConcurrentProvisioning extends RuntimeException {
        ConcurrentProvisioning() {
            super("a concurrent first punchout provisioned the same account", null, false, false);
        }
    }

    private final DataSource dataSource;

    public SetupStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The account as read with the credential; empty when the user has none yet. */
    public record Account(long id, String uniqueName, String email, String firstName, String lastName,
                          String businessUnit, Instant lastLoginAt) {
    }

    /** The credential set a From identity names, with its connection and the buyer user's account (if any). */
    public record Found(CredentialMatch credential, Optional<Account> account) {
    }

    /**
     * The credential set of this From identity in the environment (domains compare case-insensitively, cXML), with the
     * account of the user if the user is identifiable and has one.
     */
    public Optional<Found> find(Environment environment, String domain, String identity, BuyerUser user) {
        boolean byName = user.uniqueName() != null;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(byName ? FIND_BY_UNIQUE_NAME : FIND_BY_EMAIL)) {
            int i = 1;
            if (byName) {
                statement.setString(i++, user.uniqueName());
            }
            statement.setString(i++, user.email());
            statement.setString(i++, environment.name());
            statement.setString(i++, domain);
            statement.setString(i, identity);
            try (ResultSet r = statement.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                CredentialMatch credential = new CredentialMatch(r.getLong(1), r.getString(2), r.getString(3),
                        r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8),
                        CartEncoding.valueOf(r.getString(9)), r.getBoolean(10));
                long accountId = r.getLong(11);
                Optional<Account> account = r.wasNull() || !user.identifiable() ? Optional.empty()
                        : Optional.of(new Account(accountId, r.getString(12), r.getString(13), r.getString(14),
                        r.getString(15), r.getString(16), instant(r.getObject(17, OffsetDateTime.class))));
                return Optional.of(new Found(credential, account));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("credential lookup failed: " + e.getMessage(), e);
        }
    }

    /** What the setup writes; the answer is already written (its start token is issued here, only its hash stored). */
    public record Opening(CredentialMatch connection, Optional<Account> account, BuyerUser user, Environment environment,
                          Operation operation, String buyerCookie, String browserFormPostUrl, String setupPayloadId,
                          String rawRequest, String startTokenHash, Instant startTokenExpiresAt,
                          String responsePayloadId, String responseDocument, Instant now) {
    }

    /**
     * Writes the setup in one statement (its own transaction). Without an account, the caller has checked that the
     * user is identifiable and the connection provisions users automatically: the account is created with it.
     *
     * @return the new session's id; empty when the payloadID is a replay (nothing written then)
     * @throws ConcurrentProvisioning when a concurrent first punchout created the account meanwhile (nothing written)
     */
    public OptionalLong open(Opening o) {
        Account updated = o.account().map(a -> updatedAccount(a, o.user(), o.now())).orElse(null);
        OffsetDateTime now = utc(o.now());
        long connectionId = o.connection().connectionId();
        String sql = o.account().isEmpty() ? OPEN_PROVISIONING : updated == null ? OPEN : OPEN_WITH_ACCOUNT;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement s = connection.prepareStatement(sql)) {
            int i = 1;
            s.setLong(i++, connectionId);
            s.setString(i++, o.setupPayloadId());
            s.setString(i++, o.environment().name());
            s.setObject(i++, now);
            s.setString(i++, ExchangeLog.redact(o.rawRequest()));
            if (updated != null) {
                s.setString(i++, updated.uniqueName());
                s.setString(i++, updated.email());
                s.setString(i++, updated.firstName());
                s.setString(i++, updated.lastName());
                s.setString(i++, updated.businessUnit());
                setInstant(s, i++, updated.lastLoginAt());
                s.setLong(i++, updated.id());
            }
            if (o.account().isEmpty()) {
                AccountUpdate first = AccountUpdate.NONE.afterPunchout(o.user(), o.now());
                s.setLong(i++, connectionId);
                s.setString(i++, first.uniqueName());
                s.setString(i++, first.email());
                s.setString(i++, first.firstName());
                s.setString(i++, first.lastName());
                s.setString(i++, first.businessUnit());
                s.setObject(i++, now);
                setInstant(s, i++, first.lastLoginAt());
            }
            s.setLong(i++, connectionId);
            if (o.account().isPresent()) {
                s.setLong(i++, o.account().get().id());
            }
            s.setString(i++, o.environment().name());
            s.setString(i++, o.operation().name());
            s.setString(i++, o.buyerCookie());
            s.setString(i++, o.browserFormPostUrl());
            s.setString(i++, o.connection().cartEncoding().name());
            s.setString(i++, o.connection().buyerCode());
            s.setString(i++, o.connection().contractCode());
            s.setString(i++, o.setupPayloadId());
            s.setString(i++, o.startTokenHash());
            s.setObject(i++, utc(o.startTokenExpiresAt()));
            s.setObject(i++, now);
            s.setObject(i++, now);
            s.setLong(i++, connectionId);
            s.setString(i++, o.responsePayloadId());
            s.setString(i++, o.setupPayloadId());
            s.setString(i++, o.environment().name());
            s.setObject(i++, now);
            s.setString(i, ExchangeLog.redact(o.responseDocument()));
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? OptionalLong.of(r.getLong(1)) : OptionalLong.empty();
            }
        } catch (SQLException e) {
            if (o.account().isEmpty() && NOT_NULL_VIOLATION.equals(e.getSQLState())) {
                throw new ConcurrentProvisioning();
            }
            throw new IllegalStateException("setup could not be written: " + e.getMessage(), e);
        }
    }

    /**
     * The account as AccountService.matchOrProvision leaves it (the rules of {@link AccountUpdate}); null when nothing
     * changes, so that a user punching out again and again does not write (and lock) the row on every setup.
     */
    static Account updatedAccount(Account a, BuyerUser user, Instant now) {
        AccountUpdate stored = new AccountUpdate(a.uniqueName(), a.email(), a.firstName(), a.lastName(),
                a.businessUnit(), a.lastLoginAt());
        AccountUpdate updated = stored.afterPunchout(user, now);
        return updated.equals(stored) ? null : new Account(a.id(), updated.uniqueName(), updated.email(),
                updated.firstName(), updated.lastName(), updated.businessUnit(), updated.lastLoginAt());
    }

    private static void setInstant(PreparedStatement s, int index, Instant value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            s.setObject(index, utc(value));
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(Objects.requireNonNull(instant), ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
