package io.procurewire.punchout.session;

/**
 * What a shop request knows about its session once the session key has been checked: the buyer scope
 * (connection, catalog buyer code and contract) comes from the database, never from the browser. {@code closed}:
 * the cart was returned (only a repeated checkout sees such a session). {@code test}: opened with the test
 * credentials, so the shop shows a TEST banner. {@code cartLines}: the number of lines in the session's cart when the
 * session was read (the header's "Cart (n)" on pages that do not show the cart itself).
 */
public record ShopSession(long id, String key, long connectionId, String buyerName, String buyerCode,
                          String contractCode, Operation operation, String userName, boolean closed,
                          boolean test, int cartLines) {

    public boolean readOnly() {
        return operation == Operation.INSPECT;
    }

    /** Root-relative base of this session's shop URLs. */
    public String base() {
        return "/shop/" + key;
    }
}
