package io.procurewire.invoice.cxml;

import io.procurewire.cxml.Credentials;
import io.procurewire.cxml.CxmlReadException;
import io.procurewire.cxml.CxmlReader;
import io.procurewire.cxml.CxmlStatus;
import io.procurewire.cxml.model.CxmlDocument;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.InputStream;
import java.util.Optional;
import java.util.function.Function;

/**
 * The steps every inbound cXML request takes before its payload is looked at: read securely (400 / 450 from the
 * reader), the expected request type (450 otherwise), deploymentMode matching the URL (400), and the sender's
 * credentials (401).
 */
@ApplicationScoped
public class InboundDocuments {

    /** A document that passed every check, or the answer that ends it. */
    public record Checked(CxmlDocument document, CxmlSenders.Sender sender, CxmlAnswer refusal) {
    }

    private final CxmlReader reader = new CxmlReader();
    private final CxmlSenders senders;

    public InboundDocuments(CxmlSenders senders) {
        this.senders = senders;
    }

    public Checked check(InputStream body, String payloadName, Function<CxmlDocument, Object> payload, String url,
                         boolean testUrl) {
        CxmlDocument doc;
        try {
            doc = reader.read(body);
        } catch (CxmlReadException e) {
            return refused(new CxmlAnswer(e.statusCode(), e.getMessage(), null));
        }
        String payloadId = doc.getPayloadId();
        if (doc.getRequest() == null || payload.apply(doc) == null) {
            return refused(new CxmlAnswer(CxmlStatus.NOT_IMPLEMENTED, url + " accepts " + payloadName + " only", payloadId));
        }
        boolean testMode = doc.getRequest().isTest();
        if (testMode != testUrl) {
            return refused(new CxmlAnswer(CxmlStatus.BAD_REQUEST, testMode
                    ? "deploymentMode test belongs on " + url + "/test"
                    : "the test URL accepts only deploymentMode test", payloadId));
        }
        Optional<String> empty = Credentials.emptyField(doc.getHeader());
        if (empty.isPresent()) {
            return refused(new CxmlAnswer(CxmlStatus.UNAUTHORIZED, empty.get(), payloadId));
        }
        Optional<CxmlSenders.Sender> sender = senders.authenticate(doc.getHeader());
        if (sender.isEmpty()) {
            return refused(new CxmlAnswer(CxmlStatus.UNAUTHORIZED, "unknown From/Sender identity or wrong shared secret",
                    payloadId));
        }
        return new Checked(doc, sender.get(), null);
    }

    private static Checked refused(CxmlAnswer answer) {
        return new Checked(null, null, answer);
    }
}
