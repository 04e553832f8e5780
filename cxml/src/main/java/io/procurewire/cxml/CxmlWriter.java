package io.procurewire.cxml;

import io.procurewire.cxml.model.Accounting;
import io.procurewire.cxml.model.AccountingSegment;
import io.procurewire.cxml.model.CarrierIdentifier;
import io.procurewire.cxml.model.ConfirmationHeader;
import io.procurewire.cxml.model.Distribution;
import io.procurewire.cxml.model.Fax;
import io.procurewire.cxml.model.InvoiceDetailOrderInfo;
import io.procurewire.cxml.model.PriceBasisQuantity;
import io.procurewire.cxml.model.Segment;
import io.procurewire.cxml.model.ShipTo;
import io.procurewire.cxml.model.SupplierOrderInfo;
import io.procurewire.cxml.model.TransportInformation;
import io.procurewire.cxml.model.ConfirmationItem;
import io.procurewire.cxml.model.ConfirmationRequest;
import io.procurewire.cxml.model.ConfirmationStatus;
import io.procurewire.cxml.model.Credential;
import io.procurewire.cxml.model.CxmlDocument;
import io.procurewire.cxml.model.Header;
import io.procurewire.cxml.model.InvoiceDetailItem;
import io.procurewire.cxml.model.InvoiceDetailOrder;
import io.procurewire.cxml.model.InvoiceDetailRequest;
import io.procurewire.cxml.model.InvoiceDetailRequestHeader;
import io.procurewire.cxml.model.InvoiceDetailHeaderIndicator;
import io.procurewire.cxml.model.InvoiceDetailLineIndicator;
import io.procurewire.cxml.model.InvoiceDetailSummary;
import io.procurewire.cxml.model.ItemDetail;
import io.procurewire.cxml.model.ItemIn;
import io.procurewire.cxml.model.ItemOut;
import io.procurewire.cxml.model.Message;
import io.procurewire.cxml.model.Money;
import io.procurewire.cxml.model.MoneyAmount;
import io.procurewire.cxml.model.OrderRequest;
import io.procurewire.cxml.model.OrderRequestHeader;
import io.procurewire.cxml.model.Party;
import io.procurewire.cxml.model.PunchOutOrderMessage;
import io.procurewire.cxml.model.PunchOutSetupRequest;
import io.procurewire.cxml.model.Request;
import io.procurewire.cxml.model.Response;
import io.procurewire.cxml.model.Sender;
import io.procurewire.cxml.model.ShipNoticeItem;
import io.procurewire.cxml.model.ShipNoticePortion;
import io.procurewire.cxml.model.ShipNoticeRequest;
import io.procurewire.cxml.model.Status;
import io.procurewire.cxml.model.StatusUpdateRequest;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes cXML strictly: elements in DTD order (the model's propOrder), the XML declaration and the DOCTYPE of the
 * document's family ({@code cXML.dtd}; {@code Fulfill.dtd} for ConfirmationRequest/ShipNoticeRequest;
 * {@code InvoiceDetail.dtd} for InvoiceDetailRequest), timestamps with offsets.
 * <p>
 * Before writing it fills, on the given document, what can be defaulted safely: payloadID ({@link PayloadIds#next()})
 * and timestamp (now) when absent, version {@value #CXML_VERSION}, xml:lang en-US, Sender/UserAgent
 * {@value #DEFAULT_USER_AGENT}, and the mandatory empty invoice indicators - so after {@code write} the caller can
 * read the payloadID that was sent. Anything else the DTD requires and that is missing is a
 * {@link CxmlWriteException} naming its path. Instances are thread-safe.
 */
public final class CxmlWriter {

    /** The cXML DTD version written in DOCTYPEs and the version attribute. */
    public static final String CXML_VERSION = "1.2.069";
    public static final String DEFAULT_USER_AGENT = "Procurewire";
    private static final String DTD_BASE = "http://xml.cxml.org/schemas/cXML/" + CXML_VERSION + "/";

    /** One configured Marshaller per thread (not thread-safe, costly to create and configure for every document). */
    private final ThreadLocal<Marshaller> marshallers = ThreadLocal.withInitial(CxmlWriter::newMarshaller);

    public CxmlWriter() {
    }

    private static Marshaller newMarshaller() {
        try {
            Marshaller marshaller = CxmlContext.get().createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            marshaller.setProperty(Marshaller.JAXB_FRAGMENT, Boolean.TRUE);
            marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, Boolean.TRUE);
            return marshaller;
        } catch (JAXBException e) {
            throw new CxmlWriteException("cXML marshaller could not be created: " + e, e);
        }
    }

    /** The document as a string: XML declaration, DOCTYPE, indented cXML. */
    public String write(CxmlDocument document) {
        prepare(document);
        try {
            Marshaller marshaller = marshallers.get();
            StringWriter out = new StringWriter(4096);
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            out.write("<!DOCTYPE cXML SYSTEM \"" + doctypeSystemId(document) + "\">\n");
            marshaller.marshal(document, out);
            out.write("\n");
            return out.toString();
        } catch (JAXBException e) {
            throw new CxmlWriteException("cXML document could not be written: " + e, e);
        }
    }

    /** The document as UTF-8 bytes. */
    public byte[] writeBytes(CxmlDocument document) {
        return write(document).getBytes(StandardCharsets.UTF_8);
    }

    /** The DOCTYPE SYSTEM id for this document's family. */
    public static String doctypeSystemId(CxmlDocument document) {
        Request request = document == null ? null : document.getRequest();
        if (request != null && (request.getConfirmationRequest() != null || request.getShipNoticeRequest() != null)) {
            return DTD_BASE + "Fulfill.dtd";
        }
        if (request != null && request.getInvoiceDetailRequest() != null) {
            return DTD_BASE + "InvoiceDetail.dtd";
        }
        return DTD_BASE + "cXML.dtd";
    }

    // ---------------------------------------------------------------- defaults and checks

    private static void prepare(CxmlDocument document) {
        if (document == null) {
            throw new CxmlWriteException("document must not be null");
        }
        if (document.getPayloadId() == null || document.getPayloadId().isBlank()) {
            document.setPayloadId(PayloadIds.next());
        }
        if (document.getTimestamp() == null) {
            document.setTimestamp(CxmlDates.now());
        }
        if (document.getVersion() == null) {
            document.setVersion(CXML_VERSION);
        }
        if (document.getLang() == null) {
            document.setLang("en-US");
        }
        int bodies = (document.getRequest() != null ? 1 : 0) + (document.getResponse() != null ? 1 : 0)
                + (document.getMessage() != null ? 1 : 0);
        if (bodies != 1) {
            throw new CxmlWriteException("cXML must contain exactly one of Request, Response or Message but contained "
                    + bodies);
        }
        if (document.getResponse() != null) {
            checkResponse(document.getResponse());
            return;
        }
        checkHeader(document.getHeader());
        if (document.getRequest() != null) {
            checkRequest(document.getRequest());
        } else {
            checkMessage(document.getMessage());
        }
    }

    private static void checkHeader(Header header) {
        require(header, "Header");
        checkParty(header.getFrom(), "Header/From");
        checkParty(header.getTo(), "Header/To");
        Sender sender = header.getSender();
        require(sender, "Header/Sender");
        checkCredentials(sender.getCredentials(), "Header/Sender");
        if (sender.getUserAgent() == null || sender.getUserAgent().isBlank()) {
            sender.setUserAgent(DEFAULT_USER_AGENT);
        }
    }

    private static void checkParty(Party party, String path) {
        require(party, path);
        checkCredentials(party.getCredentials(), path);
    }

    private static void checkCredentials(List<Credential> credentials, String path) {
        if (credentials.isEmpty()) {
            throw missing(path + "/Credential");
        }
        for (Credential credential : credentials) {
            // present but empty is what the DTD allows (and what was read); absent is not
            require(credential.getDomain(), path + "/Credential@domain");
            require(credential.getIdentity(), path + "/Credential/Identity");
            int authentications = (credential.getSharedSecret() != null ? 1 : 0)
                    + (credential.getDigitalSignature() != null ? 1 : 0) + (credential.getCredentialMac() != null ? 1 : 0);
            if (authentications > 1) {
                throw new CxmlWriteException("cannot write cXML: " + path
                        + "/Credential has more than one of SharedSecret, DigitalSignature, CredentialMac");
            }
            if (credential.getCredentialMac() != null) {
                var mac = credential.getCredentialMac();
                String macPath = path + "/Credential/CredentialMac";
                require(mac.getType(), macPath + "@type");
                require(mac.getAlgorithm(), macPath + "@algorithm");
                require(mac.getCreationDate(), macPath + "@creationDate");
                require(mac.getExpirationDate(), macPath + "@expirationDate");
            }
        }
    }

    private static void checkStatus(Status status, String path) {
        require(status, path);
        require(status.getCode(), path + "@code");
        requireText(status.getText(), path + "@text");
    }

    private static void checkResponse(Response response) {
        checkStatus(response.getStatus(), "Response/Status");
        if (response.getPunchOutSetupResponse() != null) {
            var startPage = response.getPunchOutSetupResponse().getStartPage();
            require(startPage, "Response/PunchOutSetupResponse/StartPage");
            require(startPage.getUrl(), "Response/PunchOutSetupResponse/StartPage/URL");
        }
        if (response.getProfileResponse() != null) {
            var profile = response.getProfileResponse();
            require(profile.getEffectiveDate(), "Response/ProfileResponse@effectiveDate");
            if (profile.getTransactions().isEmpty()) {
                throw missing("Response/ProfileResponse/Transaction");
            }
            for (var transaction : profile.getTransactions()) {
                requireText(transaction.getRequestName(), "Response/ProfileResponse/Transaction@requestName");
                requireText(transaction.getUrl(), "Response/ProfileResponse/Transaction/URL");
            }
        }
    }

    private static void checkMessage(Message message) {
        if (message.getStatus() != null) {
            checkStatus(message.getStatus(), "Message/Status");
        }
        PunchOutOrderMessage cart = message.getPunchOutOrderMessage();
        require(cart, "Message/PunchOutOrderMessage");
        String path = "Message/PunchOutOrderMessage";
        require(cart.getBuyerCookieContent(), path + "/BuyerCookie");
        require(cart.getHeader(), path + "/PunchOutOrderMessageHeader");
        requireText(cart.getHeader().getOperationAllowed(), path + "/PunchOutOrderMessageHeader@operationAllowed");
        checkMoney(cart.getHeader().getTotal(), path + "/PunchOutOrderMessageHeader/Total");
        checkShipTo(cart.getHeader().getShipTo(), path + "/PunchOutOrderMessageHeader/ShipTo");
        checkSupplierOrderInfo(cart.getHeader().getSupplierOrderInfo(), path + "/PunchOutOrderMessageHeader/SupplierOrderInfo");
        for (int i = 0; i < cart.getItems().size(); i++) {
            checkItemIn(cart.getItems().get(i), path + "/ItemIn[" + (i + 1) + "]");
        }
    }

    private static void checkRequest(Request request) {
        int payloads = countPayloads(request) + request.getUnsupportedPayloads().size();
        if (payloads != 1) {
            throw new CxmlWriteException("Request must contain exactly one request but contained " + payloads);
        }
        if (request.getPunchOutSetupRequest() != null) {
            PunchOutSetupRequest setup = request.getPunchOutSetupRequest();
            requireText(setup.getOperation(), "Request/PunchOutSetupRequest@operation");
            require(setup.getBuyerCookieContent(), "Request/PunchOutSetupRequest/BuyerCookie");
            checkShipTo(setup.getShipTo(), "Request/PunchOutSetupRequest/ShipTo");
            for (int i = 0; i < setup.getItemOuts().size(); i++) {
                checkItemOut(setup.getItemOuts().get(i), "Request/PunchOutSetupRequest/ItemOut[" + (i + 1) + "]");
            }
        } else if (request.getOrderRequest() != null) {
            checkOrder(request.getOrderRequest());
        } else if (request.getConfirmationRequest() != null) {
            checkConfirmation(request.getConfirmationRequest());
        } else if (request.getShipNoticeRequest() != null) {
            checkShipNotice(request.getShipNoticeRequest());
        } else if (request.getInvoiceDetailRequest() != null) {
            checkInvoice(request.getInvoiceDetailRequest());
        } else if (request.getStatusUpdateRequest() != null) {
            StatusUpdateRequest update = request.getStatusUpdateRequest();
            checkStatus(update.getStatus(), "Request/StatusUpdateRequest/Status");
            if (update.getDocumentReference() != null) {
                requireText(update.getDocumentReference().getPayloadId(),
                        "Request/StatusUpdateRequest/DocumentReference@payloadID");
            }
        }
    }

    private static int countPayloads(Request r) {
        return (r.getPunchOutSetupRequest() != null ? 1 : 0) + (r.getOrderRequest() != null ? 1 : 0)
                + (r.getConfirmationRequest() != null ? 1 : 0) + (r.getShipNoticeRequest() != null ? 1 : 0)
                + (r.getInvoiceDetailRequest() != null ? 1 : 0) + (r.getProfileRequest() != null ? 1 : 0)
                + (r.getStatusUpdateRequest() != null ? 1 : 0);
    }

    private static void checkOrder(OrderRequest order) {
        String path = "Request/OrderRequest/OrderRequestHeader";
        OrderRequestHeader header = order.getHeader();
        require(header, path);
        requireText(header.getOrderId(), path + "@orderID");
        require(header.getOrderDate(), path + "@orderDate");
        checkMoney(header.getTotal(), path + "/Total");
        require(header.getBillTo(), path + "/BillTo");
        require(header.getBillTo().getAddress(), path + "/BillTo/Address");
        checkShipTo(header.getShipTo(), path + "/ShipTo");
        if (header.getPayment() != null) {
            var card = header.getPayment().getPcard();
            require(card, path + "/Payment/PCard");
            require(card.getNumber(), path + "/Payment/PCard@number");
            require(card.getExpiration(), path + "/Payment/PCard@expiration");
        }
        if (order.getItems().isEmpty()) {
            throw missing("Request/OrderRequest/ItemOut");
        }
        for (int i = 0; i < order.getItems().size(); i++) {
            checkItemOut(order.getItems().get(i), "Request/OrderRequest/ItemOut[" + (i + 1) + "]");
        }
    }

    private static void checkConfirmation(ConfirmationRequest confirmation) {
        String path = "Request/ConfirmationRequest";
        ConfirmationHeader header = confirmation.getHeader();
        require(header, path + "/ConfirmationHeader");
        requireText(header.getType(), path + "/ConfirmationHeader@type");
        require(header.getNoticeDate(), path + "/ConfirmationHeader@noticeDate");
        require(confirmation.getOrderReference(), path + "/OrderReference");
        require(confirmation.getOrderReference().getDocumentReference(), path + "/OrderReference/DocumentReference");
        for (int i = 0; i < confirmation.getItems().size(); i++) {
            ConfirmationItem item = confirmation.getItems().get(i);
            String itemPath = path + "/ConfirmationItem[" + (i + 1) + "]";
            require(item.getQuantity(), itemPath + "@quantity");
            require(item.getLineNumber(), itemPath + "@lineNumber");
            requireText(item.getUnitOfMeasure(), itemPath + "/UnitOfMeasure");
            if (item.getStatuses().isEmpty()) {
                throw missing(itemPath + "/ConfirmationStatus");
            }
            for (ConfirmationStatus status : item.getStatuses()) {
                requireText(status.getType(), itemPath + "/ConfirmationStatus@type");
                require(status.getQuantity(), itemPath + "/ConfirmationStatus@quantity");
                requireText(status.getUnitOfMeasure(), itemPath + "/ConfirmationStatus/UnitOfMeasure");
            }
        }
    }

    private static void checkShipNotice(ShipNoticeRequest notice) {
        String path = "Request/ShipNoticeRequest";
        require(notice.getHeader(), path + "/ShipNoticeHeader");
        requireText(notice.getHeader().getShipmentId(), path + "/ShipNoticeHeader@shipmentID");
        require(notice.getHeader().getNoticeDate(), path + "/ShipNoticeHeader@noticeDate");
        for (int p = 0; p < notice.getPortions().size(); p++) {
            ShipNoticePortion portion = notice.getPortions().get(p);
            String portionPath = path + "/ShipNoticePortion[" + (p + 1) + "]";
            require(portion.getOrderReference(), portionPath + "/OrderReference");
            for (int i = 0; i < portion.getItems().size(); i++) {
                ShipNoticeItem item = portion.getItems().get(i);
                String itemPath = portionPath + "/ShipNoticeItem[" + (i + 1) + "]";
                require(item.getQuantity(), itemPath + "@quantity");
                require(item.getLineNumber(), itemPath + "@lineNumber");
                requireText(item.getUnitOfMeasure(), itemPath + "/UnitOfMeasure");
            }
        }
    }

    private static void checkInvoice(InvoiceDetailRequest invoice) {
        String path = "Request/InvoiceDetailRequest";
        InvoiceDetailRequestHeader header = invoice.getHeader();
        require(header, path + "/InvoiceDetailRequestHeader");
        requireText(header.getInvoiceId(), path + "/InvoiceDetailRequestHeader@invoiceID");
        require(header.getInvoiceDate(), path + "/InvoiceDetailRequestHeader@invoiceDate");
        if (header.getInvoiceIdInfo() != null) {
            requireText(header.getInvoiceIdInfo().getInvoiceId(), path + "/InvoiceDetailRequestHeader/InvoiceIDInfo@invoiceID");
        }
        if (header.getHeaderIndicator() == null) {
            header.setHeaderIndicator(new InvoiceDetailHeaderIndicator());
        }
        if (header.getLineIndicator() == null) {
            header.setLineIndicator(new InvoiceDetailLineIndicator());
        }
        if (invoice.getOrders().isEmpty()) {
            throw missing(path + "/InvoiceDetailOrder");
        }
        for (int o = 0; o < invoice.getOrders().size(); o++) {
            InvoiceDetailOrder order = invoice.getOrders().get(o);
            String orderPath = path + "/InvoiceDetailOrder[" + (o + 1) + "]";
            checkOrderInfo(order.getOrderInfo(), orderPath + "/InvoiceDetailOrderInfo");
            if (order.getItems().isEmpty()) {
                throw missing(orderPath + "/InvoiceDetailItem");
            }
            for (int i = 0; i < order.getItems().size(); i++) {
                InvoiceDetailItem item = order.getItems().get(i);
                String itemPath = orderPath + "/InvoiceDetailItem[" + (i + 1) + "]";
                require(item.getInvoiceLineNumber(), itemPath + "@invoiceLineNumber");
                require(item.getQuantity(), itemPath + "@quantity");
                requireText(item.getUnitOfMeasure(), itemPath + "/UnitOfMeasure");
                checkMoney(item.getUnitPrice(), itemPath + "/UnitPrice");
                require(item.getItemReference(), itemPath + "/InvoiceDetailItemReference");
                require(item.getItemReference().getLineNumber(), itemPath + "/InvoiceDetailItemReference@lineNumber");
                checkPriceBasisQuantity(item.getPriceBasisQuantity(), itemPath + "/PriceBasisQuantity");
                checkDistributions(item.getDistributions(), itemPath);
            }
        }
        InvoiceDetailSummary summary = invoice.getSummary();
        require(summary, path + "/InvoiceDetailSummary");
        checkMoney(summary.getSubtotalAmount(), path + "/InvoiceDetailSummary/SubtotalAmount");
        checkMoney(summary.getTax(), path + "/InvoiceDetailSummary/Tax");
        require(summary.getTax().getDescription(), path + "/InvoiceDetailSummary/Tax/Description");
        checkMoney(summary.getNetAmount(), path + "/InvoiceDetailSummary/NetAmount");
    }

    private static void checkItemIn(ItemIn item, String path) {
        require(item.getQuantity(), path + "@quantity");
        require(item.getItemId(), path + "/ItemID");
        // empty is allowed (a zero-quantity line may carry an empty SupplierPartID); absent is not
        require(item.getItemId().getSupplierPartId(), path + "/ItemID/SupplierPartID");
        checkItemDetail(item.getItemDetail(), path + "/ItemDetail");
        checkShipTo(item.getShipTo(), path + "/ShipTo");
        checkDistributions(item.getDistributions(), path);
    }

    private static void checkItemOut(ItemOut item, String path) {
        require(item.getQuantity(), path + "@quantity");
        require(item.getItemId(), path + "/ItemID");
        require(item.getItemId().getSupplierPartId(), path + "/ItemID/SupplierPartID");
        if (item.getItemDetail() != null) {
            checkItemDetail(item.getItemDetail(), path + "/ItemDetail");
        }
        checkShipTo(item.getShipTo(), path + "/ShipTo");
        checkDistributions(item.getDistributions(), path);
    }

    /** Distribution (Accounting, Charge); Accounting (Segment+ | AccountingSegment+) with a name. */
    private static void checkDistributions(List<Distribution> distributions, String itemPath) {
        for (int d = 0; d < distributions.size(); d++) {
            Distribution distribution = distributions.get(d);
            String path = itemPath + "/Distribution[" + (d + 1) + "]";
            Accounting accounting = distribution.getAccounting();
            require(accounting, path + "/Accounting");
            require(accounting.getName(), path + "/Accounting@name");
            boolean legacy = !accounting.getLegacySegments().isEmpty();
            boolean current = !accounting.getSegments().isEmpty();
            if (legacy == current) {
                throw new CxmlWriteException("cannot write cXML: " + path + "/Accounting needs either Segment or "
                        + "AccountingSegment elements" + (legacy ? ", not both" : ""));
            }
            for (Segment segment : accounting.getLegacySegments()) {
                require(segment.getType(), path + "/Accounting/Segment@type");
                require(segment.getId(), path + "/Accounting/Segment@id");
                require(segment.getDescription(), path + "/Accounting/Segment@description");
            }
            for (AccountingSegment segment : accounting.getSegments()) {
                require(segment.getId(), path + "/Accounting/AccountingSegment@id");
                require(segment.getName(), path + "/Accounting/AccountingSegment/Name");
                require(segment.getDescription(), path + "/Accounting/AccountingSegment/Description");
            }
            checkMoney(distribution.getCharge(), path + "/Charge");
        }
    }

    /** ShipTo (Address, CarrierIdentifier*, TransportInformation*): Address, Fax with one number, Route method. */
    private static void checkShipTo(ShipTo shipTo, String path) {
        if (shipTo == null) {
            return;
        }
        require(shipTo.getAddress(), path + "/Address");
        Fax fax = shipTo.getAddress().getFax();
        if (fax != null) {
            int numbers = (fax.getTelephoneNumber() != null ? 1 : 0) + (fax.getUrl() != null ? 1 : 0)
                    + (fax.getEmail() != null ? 1 : 0);
            if (numbers != 1) {
                throw new CxmlWriteException("cannot write cXML: " + path
                        + "/Address/Fax needs exactly one of TelephoneNumber, URL, Email but had " + numbers);
            }
        }
        for (CarrierIdentifier carrier : shipTo.getCarrierIdentifiers()) {
            require(carrier.getDomain(), path + "/CarrierIdentifier@domain");
        }
        for (TransportInformation transport : shipTo.getTransportInformation()) {
            if (transport.getRoute() != null) {
                require(transport.getRoute().getMethod(), path + "/TransportInformation/Route@method");
            }
        }
    }

    /** The DTD's choice: OrderReference or OrderIDInfo (not both), at most one master agreement form, or only SupplierOrderInfo. */
    private static void checkOrderInfo(InvoiceDetailOrderInfo info, String path) {
        require(info, path);
        boolean reference = info.getOrderReference() != null;
        boolean idInfo = info.getOrderIdInfo() != null;
        boolean agreementReference = info.getMasterAgreementReference() != null;
        boolean agreementIdInfo = info.getMasterAgreementIdInfo() != null;
        if (!reference && !idInfo && !agreementReference && !agreementIdInfo && info.getSupplierOrderInfo() == null) {
            throw missing(path + " content (OrderReference, OrderIDInfo, MasterAgreementReference, "
                    + "MasterAgreementIDInfo or SupplierOrderInfo)");
        }
        if (reference && idInfo) {
            throw new CxmlWriteException("cannot write cXML: " + path + " may have OrderReference or OrderIDInfo, not both");
        }
        if (agreementReference && agreementIdInfo) {
            throw new CxmlWriteException("cannot write cXML: " + path
                    + " may have MasterAgreementReference or MasterAgreementIDInfo, not both");
        }
        if (agreementReference) {
            require(info.getMasterAgreementReference().getDocumentReference(),
                    path + "/MasterAgreementReference/DocumentReference");
        }
        if (agreementIdInfo) {
            require(info.getMasterAgreementIdInfo().getAgreementId(), path + "/MasterAgreementIDInfo@agreementID");
        }
        if (idInfo) {
            require(info.getOrderIdInfo().getOrderId(), path + "/OrderIDInfo@orderID");
        }
        checkSupplierOrderInfo(info.getSupplierOrderInfo(), path + "/SupplierOrderInfo");
    }

    private static void checkSupplierOrderInfo(SupplierOrderInfo info, String path) {
        if (info != null) {
            require(info.getOrderId(), path + "@orderID");
        }
    }

    private static void checkPriceBasisQuantity(PriceBasisQuantity basis, String path) {
        if (basis != null) {
            require(basis.getQuantity(), path + "@quantity");
            require(basis.getConversionFactor(), path + "@conversionFactor");
            require(basis.getUnitOfMeasure(), path + "/UnitOfMeasure");
        }
    }

    private static void checkItemDetail(ItemDetail detail, String path) {
        require(detail, path);
        checkMoney(detail.getUnitPrice(), path + "/UnitPrice");
        if (detail.getDescriptions().isEmpty()) {
            throw missing(path + "/Description");
        }
        requireText(detail.getUnitOfMeasure(), path + "/UnitOfMeasure");
        if (detail.getClassifications().isEmpty()) {
            throw missing(path + "/Classification");
        }
        for (var classification : detail.getClassifications()) {
            requireText(classification.getDomain(), path + "/Classification@domain");
        }
        checkPriceBasisQuantity(detail.getPriceBasisQuantity(), path + "/PriceBasisQuantity");
    }

    private static void checkMoney(MoneyAmount holder, String path) {
        require(holder, path);
        Money money = holder.getMoney();
        require(money, path + "/Money");
        require(money.getCurrency(), path + "/Money@currency");
        // an empty amount (<Money currency="USD"/>) is what the DTD allows and real invoices carry: written as read
    }

    private static void require(Object value, String path) {
        if (value == null) {
            throw missing(path);
        }
    }

    private static void requireText(String value, String path) {
        if (value == null || value.isBlank()) {
            throw missing(path);
        }
    }

    private static CxmlWriteException missing(String path) {
        return new CxmlWriteException("cannot write cXML: missing required " + path);
    }
}
