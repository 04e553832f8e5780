package io.procurewire.punchout.session;

/** A setup request answered with a cXML Status error; the text is safe to send to the buyer. */
public class SetupRejected extends RuntimeException {

    private final int statusCode;

    public SetupRejected(int statusCode, String message) {
        super(message, null, false, false);
        this.statusCode = statusCode;
    }

    public int statusCode() {
        return statusCode;
    }
}
