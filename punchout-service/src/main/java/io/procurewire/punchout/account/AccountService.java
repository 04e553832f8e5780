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
     * Matches by UniqueName first (the buyer's stable login), then by e-mail; updates names that changed.
     * Runs inside the caller's transaction.
     */
    public CustomerAccount matchOrProvision(BuyerConnection connection, BuyerUser user, Instant now) {
        if (!user.identifiable()) {
            throw new NoAccount(400, "The request names no user: send a UniqueName or UserEmail Extrinsic or a Contact Email");
        }
        Optional<CustomerAccount> found = Optional.empty();
        if (user.uniqueName() != null) {
            found = CustomerAccount.findByUniqueName(connection.id, user.uniqueName());
        }
        if (found.isEmpty() && user.email() != null) {
            found = CustomerAccount.findByEmail(connection.id, user.email());
        }
        CustomerAccount account;
        if (found.isPresent()) {
            account = found.get();
            if (account.uniqueName == null && user.uniqueName() != null
                    && CustomerAccount.findByUniqueName(connection.id, user.uniqueName()).isEmpty()) {
                account.uniqueName = user.uniqueName();
            }
        } else if (connection.autoProvisionUsers) {
            account = new CustomerAccount();
            account.connection = connection;
            account.uniqueName = user.uniqueName();
            account.email = user.email();
            account.provisionedByPunchout = true;
            account.createdAt = now;
            account.persist();
        } else {
            throw new NoAccount(403, "Login name is not available: no customer account for this user and "
                    + "automatic provisioning is off for this buyer");
        }
        if (user.firstName() != null) {
            account.firstName = user.firstName();
        }
        if (user.lastName() != null) {
            account.lastName = user.lastName();
        }
        if (user.businessUnit() != null) {
            account.businessUnit = user.businessUnit();
        }
        if (account.email == null && user.email() != null) {
            account.email = user.email();
        }
        account.lastLoginAt = now;
        return account;
    }

    @Transactional
    public AccountView register(long connectionId, AccountRequest request) {
        BuyerConnection connection = ConnectionService.find(connectionId);
        BuyerUser user = new BuyerUser(request.uniqueName(), request.email(), request.firstName(), request.lastName(),
                request.businessUnit());
        if (!user.identifiable()) {
            throw ProblemException.badRequest("An account needs a uniqueName or an email");
        }
        if ((user.uniqueName() != null && CustomerAccount.findByUniqueName(connectionId, user.uniqueName()).isPresent())
                || (user.email() != null && CustomerAccount.findByEmail(connectionId, user.email()).isPresent())) {
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
