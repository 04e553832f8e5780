package io.procurewire.cxml;

import io.procurewire.cxml.model.CxmlDocument;
import io.procurewire.cxml.model.Response;
import io.procurewire.cxml.model.Status;
import java.util.Map;

/**
 * cXML Status codes and their standard texts, and builders for complete Response documents.
 * <p>
 * Sources: Ariba KB 188136 (200, 201, 204, 400), cxml-php status mapping (401, 406, 409, 412, 417, 450), Coupa
 * "Invoice cXML Transmission Error Codes" (401, 403, 406, 417, 450, 500). 475/476/477 and 550/551/560 appear in the
 * cXML Reference Guide from memory only and could not be confirmed in a public source, so they are not defined here;
 * any code can still be used with {@link #response(int, String)}.
 * <p>
 * cXML answers travel with HTTP 200; the cXML code inside says whether the request succeeded.
 */
public final class CxmlStatus {

    public static final int OK = 200;
    public static final int ACCEPTED = 201;
    public static final int NO_CONTENT = 204;
    public static final int BAD_REQUEST = 400;
    public static final int UNAUTHORIZED = 401;
    public static final int FORBIDDEN = 403;
    public static final int NOT_ACCEPTABLE = 406;
    public static final int CONFLICT = 409;
    public static final int PRECONDITION_FAILED = 412;
    public static final int EXPECTATION_FAILED = 417;
    public static final int NOT_IMPLEMENTED = 450;
    public static final int INTERNAL_SERVER_ERROR = 500;

    /** Language of the Status texts this library writes. */
    public static final String LANG = "en-US";

    private static final Map<Integer, String> TEXTS = Map.ofEntries(
            Map.entry(OK, "OK"),
            Map.entry(ACCEPTED, "Accepted"),
            Map.entry(NO_CONTENT, "No Content"),
            Map.entry(BAD_REQUEST, "Bad Request"),
            Map.entry(UNAUTHORIZED, "Unauthorized"),
            Map.entry(FORBIDDEN, "Forbidden"),
            Map.entry(NOT_ACCEPTABLE, "Not Acceptable"),
            Map.entry(CONFLICT, "Conflict"),
            Map.entry(PRECONDITION_FAILED, "Precondition Failed"),
            Map.entry(EXPECTATION_FAILED, "Expectation Failed"),
            Map.entry(NOT_IMPLEMENTED, "Not Implemented"),
            Map.entry(INTERNAL_SERVER_ERROR, "Internal Server Error"));

    private CxmlStatus() {
    }

    /**
     * The standard text of a code; for codes not listed, the text of its class ("OK", "Bad Request",
     * "Internal Server Error").
     */
    public static String text(int code) {
        String text = TEXTS.get(code);
        if (text != null) {
            return text;
        }
        if (code >= 200 && code < 300) {
            return "OK";
        }
        return code >= 500 ? "Internal Server Error" : "Bad Request";
    }

    /** True for 2xx codes (success; 201 means a StatusUpdateRequest will follow). */
    public static boolean isSuccess(int code) {
        return code >= 200 && code < 300;
    }

    /** A Status with the standard text attribute and the detail (may be null) as content. */
    public static Status status(int code, String detail) {
        Status status = new Status(code, text(code));
        status.setLang(LANG);
        if (detail != null && !detail.isBlank() && !detail.equals(status.getText())) {
            status.setContent(detail);
        }
        return status;
    }

    /**
     * A complete Response document: fresh payloadID, timestamp now, Status with the standard text attribute and
     * {@code detail} as element content. Write it with {@link CxmlWriter}.
     */
    public static CxmlDocument response(int code, String detail) {
        CxmlDocument document = new CxmlDocument();
        document.setPayloadId(PayloadIds.next());
        document.setTimestamp(CxmlDates.now());
        document.setLang(LANG);
        Response response = new Response();
        response.setStatus(status(code, detail));
        document.setResponse(response);
        return document;
    }

    /**
     * Like {@link #response(int, String)}, remembering the payloadID of the request answered. cXML's Response element
     * has no inReplyTo attribute (only Message has), so the id is not written: it is available through
     * {@link CxmlDocument#getInReplyTo()} for logging and storage, and the answer travels on the request's own
     * HTTP exchange.
     */
    public static CxmlDocument response(int code, String detail, String inReplyToPayloadId) {
        CxmlDocument document = response(code, detail);
        document.setInReplyTo(inReplyToPayloadId);
        return document;
    }
}
