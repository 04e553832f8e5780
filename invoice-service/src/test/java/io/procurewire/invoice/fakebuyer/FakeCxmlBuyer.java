package io.procurewire.invoice.fakebuyer;

import io.procurewire.cxml.CxmlReader;
import io.procurewire.cxml.CxmlStatus;
import io.procurewire.cxml.CxmlWriter;
import io.procurewire.cxml.model.CxmlDocument;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A test-only buyer cXML invoice endpoint (like the sandbox's /cxml/invoices): checks the shared secret, refuses a
 * payloadID it has seen with 409 naming it, records what it accepted. Tests script answers per invoice number:
 * {@link #HTTP_503} answers HTTP 503, {@link #LOST_ANSWER} takes the document and then answers HTTP 503 (the answer
 * was lost on the way back), any other number is the cXML Status code to answer.
 */
@Path("/fake-buyer/cxml/invoices")
@PermitAll
public class FakeCxmlBuyer {

    public static final int HTTP_503 = -503;
    public static final int LOST_ANSWER = -1;
    public static final List<CxmlDocument> ACCEPTED = new CopyOnWriteArrayList<>();
    public static final Map<String, Deque<Integer>> SCRIPT = new ConcurrentHashMap<>();
    private static final Set<String> PAYLOADS = ConcurrentHashMap.newKeySet();
    private static final CxmlReader READER = new CxmlReader();
    private static final CxmlWriter WRITER = new CxmlWriter();

    public static void script(String invoiceNumber, Integer... answers) {
        SCRIPT.put(invoiceNumber, new ArrayDeque<>(List.of(answers)));
    }

    public static List<CxmlDocument> accepted(String invoiceNumber) {
        return ACCEPTED.stream().filter(d -> invoiceNumber.equals(
                d.getRequest().getInvoiceDetailRequest().getHeader().getInvoiceId())).toList();
    }

    @POST
    @Consumes("*/*")
    public Response receive(byte[] body) {
        CxmlDocument doc = READER.read(body);
        String number = doc.getRequest().getInvoiceDetailRequest().getHeader().getInvoiceId();
        Deque<Integer> script = SCRIPT.get(number);
        Integer scripted = script == null ? null : script.poll();
        if (scripted != null && scripted == HTTP_503) {
            return Response.status(503).build();
        }
        if (!"acme-invoice-secret".equals(doc.getHeader().getSender().getCredentials().get(0).getSharedSecret())) {
            return status(CxmlStatus.UNAUTHORIZED, "wrong shared secret");
        }
        if (!PAYLOADS.add(doc.getPayloadId())) {
            return status(CxmlStatus.CONFLICT, "payloadID " + doc.getPayloadId() + " was already received");
        }
        if (scripted != null && scripted == LOST_ANSWER) {
            ACCEPTED.add(doc);
            return Response.status(503).build();
        }
        if (scripted != null && scripted != CxmlStatus.OK) {
            PAYLOADS.remove(doc.getPayloadId());
            return status(scripted, "scripted answer for " + number);
        }
        ACCEPTED.add(doc);
        return status(CxmlStatus.OK, null);
    }

    private static Response status(int code, String detail) {
        return Response.ok(WRITER.writeBytes(CxmlStatus.response(code, detail)), "text/xml; charset=UTF-8").build();
    }
}
