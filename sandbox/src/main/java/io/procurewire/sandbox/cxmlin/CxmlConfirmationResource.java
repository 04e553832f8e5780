package io.procurewire.sandbox.cxmlin;

import io.procurewire.cxml.CxmlReadException;
import io.procurewire.cxml.CxmlReader;
import io.procurewire.cxml.CxmlStatus;
import io.procurewire.cxml.model.ConfirmationRequest;
import io.procurewire.cxml.model.CxmlDocument;
import io.procurewire.sandbox.confirmation.ConfirmationReading;
import io.procurewire.sandbox.confirmation.NewConfirmation;
import io.procurewire.sandbox.confirmation.SupplierConfirmations;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.io.InputStream;
import java.util.Optional;

/**
 * Order confirmations from suppliers (cXML ConfirmationRequest), authenticated like invoices: From = the supplier's
 * cxml-supplier-domain/-identity, Sender SharedSecret = its cxml-secret. Stored on the PO they confirm.
 */
@Path("/cxml/order_confirmation_request")
@PermitAll // the supplier's cXML credentials (identity + shared secret) authenticate each document.
public class CxmlConfirmationResource {

    private static final Logger LOG = Logger.getLogger(CxmlConfirmationResource.class);

    private final CxmlReader reader = new CxmlReader();
    private final SupplierConfirmations confirmations;

    public CxmlConfirmationResource(SupplierConfirmations confirmations) {
        this.confirmations = confirmations;
    }

    @POST
    @Consumes({"text/xml", "application/xml", "*/*"})
    public Response receive(InputStream body) {
        CxmlDocument document;
        try {
            document = reader.read(body);
        } catch (CxmlReadException e) {
            return CxmlAnswer.status(e.statusCode(), e.getMessage(), null);
        }
        String payloadId = document.getPayloadId();
        ConfirmationRequest request = Optional.ofNullable(document.getRequest())
                .map(r -> r.getConfirmationRequest()).orElse(null);
        if (request == null) {
            return CxmlAnswer.status(CxmlStatus.NOT_IMPLEMENTED, "this endpoint accepts ConfirmationRequest only",
                    payloadId);
        }
        Long supplierId = SupplierCredentials.authenticate(document);
        if (supplierId == null) {
            return CxmlAnswer.status(CxmlStatus.UNAUTHORIZED, "unknown supplier identity or wrong shared secret",
                    payloadId);
        }
        if (payloadId == null || payloadId.isBlank()) {
            return CxmlAnswer.status(CxmlStatus.BAD_REQUEST, "cXML@payloadID is required", null);
        }
        NewConfirmation confirmation;
        try {
            confirmation = ConfirmationReading.read(request);
        } catch (IllegalArgumentException e) {
            return CxmlAnswer.status(CxmlStatus.BAD_REQUEST, e.getMessage(), payloadId);
        }
        try {
            confirmations.receive(supplierId, confirmation, payloadId);
        } catch (SupplierConfirmations.Rejected rejected) {
            return CxmlAnswer.status(CxmlStatus.BAD_REQUEST, rejected.getMessage(), payloadId);
        } catch (RuntimeException e) {
            if (CxmlAnswer.isUniqueViolation(e)) {
                return CxmlAnswer.status(CxmlStatus.CONFLICT, "payloadID " + payloadId + " was already received",
                        payloadId);
            }
            LOG.error("could not store an order confirmation", e);
            return CxmlAnswer.status(CxmlStatus.INTERNAL_SERVER_ERROR, "the confirmation could not be stored",
                    payloadId);
        }
        return CxmlAnswer.status(CxmlStatus.OK, null, payloadId);
    }
}
