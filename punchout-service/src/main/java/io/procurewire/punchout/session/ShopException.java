package io.procurewire.punchout.session;

/** A failure a shopper sees as a readable page with this HTTP status. */
public class ShopException extends RuntimeException {

    private final int status;
    private final String title;
    private final String sessionBase;

    public ShopException(int status, String title, String message) {
        this(status, title, message, null);
    }

    /** With {@code sessionBase}, the page links back into the still-valid session. */
    public ShopException(int status, String title, String message, String sessionBase) {
        super(message, null, false, false);
        this.status = status;
        this.title = title;
        this.sessionBase = sessionBase;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String sessionBase() {
        return sessionBase;
    }
}
