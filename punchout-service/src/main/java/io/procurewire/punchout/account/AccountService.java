package io.procurewire.punchout.account;

import io.procurewire.problem.ProblemException;
import io.procurewire.punchout.connection.BuyerConnection;
import io.procurewire.punchout.connection.ConnectionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Finds the customer account of a punching-out user, or creates it when the connection allows automatic
 * provisioning (the case study: "logged in with their account credentials if they are an existing customer
 * or a new account is automatically set up").
 */
@ApplicationScoped
public class AccountService {

    /** Why no account could be found or made: the setup answers a cXML Status with this code. */
    public static final class NoAccount extends RuntimeException {
        private final int statusCode;

        NoAccount(int statusCode, String message) {
            super(message, null, false, false);
            this.statusCode = statusCode;
        }

        public int statusCode() {
            return statusCode;
        }
    }

    /**
     * Matches by UniqueName (the buyer's stable login). The e-mail is a key only where the buyer sent no UniqueName, or
     * for an account registered by e-mail alone (which then takes the UniqueName): two buyer users who share a
     * mailbox keep two accounts. Provisioning is an upsert, so two first punchouts of a new user at once end with
     * one account. Updates names that changed. Runs inside the caller's transaction.
     */
    public CustomerAccount matchOrProvision(long connectionId, boolean autoProvisionUsers, BuyerUser user, Instant now) {
        if (!user.identifiable()) {
            throw new NoAccount(400, "The request names no user: send a UniqueName or UserEmail Extrinsic or a Contact Email");
        }
        Optional<CustomerAccount> found = find(connectionId, user);
        CustomerAccount account;
        if (found.isPresent()) {
            account = found.get();
        } else if (autoProvisionUsers) {
            account = provision(connectionId, user, now);
        } else {
            throw new NoAccount(403, "Login name is not available: no customer account for this user and "
                    + "automatic provisioning is off for this buyer");
        }
        // Hibernate updates the row only when a value changed: with last_login_at written at most once per
        // LOGIN_GRANULARITY, a user who punches out again and again (or a buyer sending every setup as one user) does
        // not make every setup transaction lock the same row until its commit.
        AccountUpdate updated = new AccountUpdate(account.uniqueName, account.email, account.firstName, account.lastName,
                account.businessUnit, account.lastLoginAt).afterPunchout(user, now);
        account.uniqueName = updated.uniqueName();
        account.email = updated.email();
        account.firstName = updated.firstName();
        account.lastName = updated.lastName();
        account.businessUnit = updated.businessUnit();
        account.lastLoginAt = updated.lastLoginAt();
        return account;
    }

    private static Optional<CustomerAccount> find(long connectionId, BuyerUser user) {
        if (user.uniqueName() == null) {
            return CustomerAccount.findByEmail(connectionId, user.email());
        }
        Optional<CustomerAccount> byName = CustomerAccount.findByUniqueName(connectionId, user.uniqueName());
        if (byName.isPresent() || user.email() == null) {
            return byName;
        }
        return CustomerAccount.findByEmailWithoutUniqueName(connectionId, user.email());
    }

    /** Insert-if-absent on the unique keys, then read: a concurrent first punchout of the same user finds its row. */
    private static CustomerAccount provision(long connectionId, BuyerUser user, Instant now) {
        CustomerAccount.getEntityManager().createNativeQuery("""
                        insert into customer_account (connection_id, unique_name, email, provisioned_by_punchout, created_at)
                        values (?1, ?2, ?3, true, ?4)
                        on conflict do nothing""")
                .setParameter(1, connectionId).setParameter(2, user.uniqueName()).setParameter(3, user.email())
                .setParameter(4, now).executeUpdate();
        return (user.uniqueName() != null
                ? CustomerAccount.findByUniqueName(connectionId, user.uniqueName())
                : CustomerAccount.findByEmailWithoutUniqueName(connectionId, user.email()))
                .orElseThrow(() -> new IllegalStateException("account of connection " + connectionId
                        + " neither inserted nor found"));
    }

    @Transactional
    public AccountView register(long connectionId, AccountRequest request) {
        BuyerConnection connection = ConnectionService.find(connectionId);
        BuyerUser user = new BuyerUser(request.uniqueName(), request.email(), request.firstName(), request.lastName(),
                request.businessUnit());
        if (!user.identifiable()) {
            throw ProblemException.badRequest("An account needs a uniqueName or an email");
        }
        // e-mail only: any account with this e-mail is the one a punchout with it would find
        if (user.uniqueName() != null ? CustomerAccount.findByUniqueName(connectionId, user.uniqueName()).isPresent()
                : CustomerAccount.findByEmail(connectionId, user.email()).isPresent()) {
            throw ProblemException.conflict("An account with this uniqueName or email exists for connection " + connectionId);
        }
        CustomerAccount account = new CustomerAccount();
        account.connection = connection;
        account.uniqueName = user.uniqueName();
        account.email = user.email();
        account.firstName = user.firstName();
        account.lastName = user.lastName();
        account.businessUnit = user.businessUnit();
        account.createdAt = Instant.now();
        account.persist();
        return AccountView.of(account);
    }

    @Transactional
    public List<AccountView> list(long connectionId) {
        ConnectionService.find(connectionId);
        return CustomerAccount.<CustomerAccount>list("connection.id = ?1 order by id", connectionId).stream()
                .map(AccountView::of).toList();
    }
}
