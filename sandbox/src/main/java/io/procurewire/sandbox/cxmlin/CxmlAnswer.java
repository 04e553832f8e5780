package io.procurewire.sandbox.cxmlin;

import io.procurewire.cxml.CxmlStatus;
import io.procurewire.cxml.CxmlWriter;
import io.procurewire.cxml.model.CxmlDocument;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

/** How the inbound cXML endpoints answer: HTTP 200 with a cXML Status, even for errors (common cXML practice). */
final class CxmlAnswer {

    private static final CxmlWriter WRITER = new CxmlWriter();

    private CxmlAnswer() {
    }

    static Response status(int code, String detail, String inReplyTo) {
        CxmlDocument status = inReplyTo == null ? CxmlStatus.response(code, detail)
                : CxmlStatus.response(code, detail, inReplyTo);
        return Response.ok(WRITER.write(status).getBytes(StandardCharsets.UTF_8), "text/xml; charset=UTF-8").build();
    }

    /** A replayed payloadID shows up as a unique-constraint violation somewhere in the cause chain. */
    static boolean isUniqueViolation(Throwable error) {
        return Stream.iterate(error, t -> t != null, Throwable::getCause)
                .anyMatch(t -> t instanceof org.hibernate.exception.ConstraintViolationException);
    }
}
