package io.procurewire.cxml;

/**
 * A cXML document could not be read or is unusable. {@link #statusCode()} is the cXML Status code a server should
 * answer (400 for malformed, invalid, oversized or hostile input) and the message is safe to put in the Status text.
 */
public class CxmlReadException extends RuntimeException {

    private final int statusCode;

    public CxmlReadException(int statusCode, String message) {
        super(message);
        this.statusCode = statusCode;
    }

    public CxmlReadException(int statusCode, String message, Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
    }

    /** The cXML Status code to answer with (e.g. 400). */
    public int statusCode() {
        return statusCode;
    }

    /** A complete cXML Response carrying this error, ready for {@link CxmlWriter}. */
    public io.procurewire.cxml.model.CxmlDocument toResponse() {
        return CxmlStatus.response(statusCode, getMessage());
    }
}
