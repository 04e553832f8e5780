package io.procurewire.cxml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Validates written cXML against the content models and required attributes of the cXML 1.2.069 DTDs (cXML.dtd,
 * Fulfill.dtd, InvoiceDetail.dtd), typed in here from the DTDs for every element this library can write. The DTD files
 * themselves are not vendored (not obtainable here, and their licence was not confirmable); children the library never
 * writes are left out of a model only where the DTD makes them optional, so a document valid here is valid there.
 * Every element written must be declared here, except inside content the DTD declares ANY.
 */
final class DtdSubset {

    private DtdSubset() {
    }

    static final String PCDATA = "#PCDATA";
    static final String EMPTY = "EMPTY";
    static final String ANY = "ANY";
    static final String MIXED_DESCRIPTION = "(#PCDATA|ShortName)*";
    static final String MIXED_COMMENTS = "(#PCDATA|Attachment)*";

    /** Element -> content model in DTD syntax. */
    static final Map<String, String> CONTENT = Map.ofEntries(
            // envelope (cXML.dtd)
            Map.entry("cXML", "((Header,(Message|Request))|Response),ds:Signature*"),
            Map.entry("Header", "From,To,Sender"),
            Map.entry("From", "Credential+"),
            Map.entry("To", "Credential+"),
            Map.entry("Sender", "Credential+,UserAgent"),
            Map.entry("Credential", "Identity,(SharedSecret|DigitalSignature|CredentialMac)?"),
            Map.entry("Identity", ANY),
            Map.entry("SharedSecret", ANY),
            Map.entry("DigitalSignature", ANY),
            Map.entry("CredentialMac", PCDATA),
            Map.entry("UserAgent", PCDATA),
            Map.entry("ds:Signature", ANY),
            Map.entry("Request", "PunchOutSetupRequest|OrderRequest|ConfirmationRequest|ShipNoticeRequest"
                    + "|InvoiceDetailRequest|ProfileRequest|StatusUpdateRequest"),
            Map.entry("Response", "Status,(PunchOutSetupResponse|ProfileResponse|GetPendingResponse)?"),
            // a payload this library does not model is written back as read; its inside is the sender's
            Map.entry("GetPendingResponse", ANY),
            Map.entry("Message", "Status?,PunchOutOrderMessage"),
            Map.entry("Status", PCDATA),
            // base
            Map.entry("Name", PCDATA),
            Map.entry("Extrinsic", ANY),
            Map.entry("Description", MIXED_DESCRIPTION),
            Map.entry("ShortName", PCDATA),
            Map.entry("Comments", MIXED_COMMENTS),
            Map.entry("Attachment", "URL"),
            Map.entry("URL", PCDATA),
            Map.entry("Email", PCDATA),
            Map.entry("Contact", "Name,PostalAddress*,Email*,Phone*,Fax*,URL*,Extrinsic*"),
            Map.entry("Address", "Name,PostalAddress?,Email?,Phone?,Fax?,URL?"),
            Map.entry("PostalAddress", "DeliverTo*,Street+,City,Municipality?,State?,PostalCode?,Country,Extrinsic*"),
            Map.entry("DeliverTo", PCDATA),
            Map.entry("Street", PCDATA),
            Map.entry("City", PCDATA),
            Map.entry("Municipality", PCDATA),
            Map.entry("State", PCDATA),
            Map.entry("PostalCode", PCDATA),
            Map.entry("Country", PCDATA),
            Map.entry("Phone", "TelephoneNumber"),
            Map.entry("Fax", "TelephoneNumber|URL|Email"),
            Map.entry("TelephoneNumber", "CountryCode,AreaOrCityCode,Number,Extension?"),
            Map.entry("CountryCode", PCDATA),
            Map.entry("AreaOrCityCode", PCDATA),
            Map.entry("Number", PCDATA),
            Map.entry("Extension", PCDATA),
            Map.entry("Money", PCDATA),
            Map.entry("Total", "Money"),
            Map.entry("UnitPrice", "Money"),
            Map.entry("Charge", "Money"),
            Map.entry("SubtotalAmount", "Money"),
            Map.entry("GrossAmount", "Money"),
            Map.entry("NetAmount", "Money"),
            Map.entry("DueAmount", "Money"),
            Map.entry("DepositAmount", "Money"),
            Map.entry("ShippingAmount", "Money"),
            Map.entry("TaxableAmount", "Money"),
            Map.entry("TaxAmount", "Money"),
            Map.entry("SpecialHandlingAmount", "Money,Description?"),
            Map.entry("Shipping", "Money,Description"),
            Map.entry("Tax", "Money,Description,TaxDetail*"),
            Map.entry("TaxDetail", "TaxableAmount?,TaxAmount,TaxLocation?,Description?"),
            Map.entry("TaxLocation", PCDATA),
            Map.entry("ShipTo", "Address,CarrierIdentifier*,TransportInformation*"),
            Map.entry("BillTo", "Address"),
            Map.entry("CarrierIdentifier", PCDATA),
            Map.entry("TransportInformation", "Route?,ShippingContractNumber?,ShippingInstructions?"),
            Map.entry("Route", PCDATA),
            Map.entry("ShippingContractNumber", PCDATA),
            Map.entry("ShippingInstructions", "Description+"),
            Map.entry("Distribution", "Accounting,Charge"),
            Map.entry("Accounting", "Segment+|AccountingSegment+"),
            Map.entry("Segment", EMPTY),
            Map.entry("AccountingSegment", "Name,Description"),
            Map.entry("Payment", "PCard"),
            Map.entry("PCard", "PostalAddress?"),
            Map.entry("PaymentTerm", "Extrinsic*"),
            Map.entry("DocumentReference", EMPTY),
            Map.entry("SupplierOrderInfo", EMPTY),
            // items
            Map.entry("ItemID", "SupplierPartID,SupplierPartAuxiliaryID?,BuyerPartID?"),
            Map.entry("SupplierPartID", PCDATA),
            Map.entry("SupplierPartAuxiliaryID", ANY),
            Map.entry("BuyerPartID", PCDATA),
            Map.entry("ItemDetail", "UnitPrice,Description+,UnitOfMeasure,PriceBasisQuantity?,Classification+,"
                    + "ManufacturerPartID?,ManufacturerName?,URL?,LeadTime?,ItemDetailIndustry?,Extrinsic*"),
            Map.entry("UnitOfMeasure", PCDATA),
            Map.entry("PriceBasisQuantity", "UnitOfMeasure,Description?"),
            Map.entry("Classification", PCDATA),
            Map.entry("ManufacturerPartID", PCDATA),
            Map.entry("ManufacturerName", PCDATA),
            Map.entry("LeadTime", PCDATA),
            Map.entry("ItemDetailIndustry", "ItemDetailRetail?"),
            Map.entry("ItemDetailRetail", "EANID?,EuropeanWasteCatalogID?,Characteristic*"),
            Map.entry("EANID", PCDATA),
            Map.entry("EuropeanWasteCatalogID", PCDATA),
            Map.entry("Characteristic", EMPTY),
            Map.entry("ItemIn", "ItemID,ItemDetail,ShipTo?,Shipping?,Tax?,Distribution*,Contact*,Comments?,Extrinsic*"),
            Map.entry("ItemOut", "ItemID,ItemDetail?,ShipTo?,Shipping?,Tax?,Distribution*,Contact*,Comments?"),
            // punchout
            Map.entry("PunchOutSetupRequest", "BuyerCookie,Extrinsic*,BrowserFormPost?,Contact*,SupplierSetup?,ShipTo?,"
                    + "SelectedItem?,ItemOut*"),
            Map.entry("BuyerCookie", ANY),
            Map.entry("BrowserFormPost", "URL"),
            Map.entry("SupplierSetup", "URL"),
            Map.entry("SelectedItem", "ItemID"),
            Map.entry("PunchOutSetupResponse", "StartPage"),
            Map.entry("StartPage", "URL"),
            Map.entry("PunchOutOrderMessage", "BuyerCookie,PunchOutOrderMessageHeader,ItemIn*"),
            Map.entry("PunchOutOrderMessageHeader", "Total,ShipTo?,Shipping?,Tax?,SupplierOrderInfo?"),
            // orders and status
            Map.entry("OrderRequest", "OrderRequestHeader,ItemOut+"),
            Map.entry("OrderRequestHeader", "Total,ShipTo?,BillTo,Shipping?,Tax?,Payment?,PaymentTerm*,Contact*,Comments*,"
                    + "DocumentReference?,Extrinsic*"),
            Map.entry("StatusUpdateRequest", "DocumentReference?,Status,Extrinsic*"),
            Map.entry("ProfileRequest", EMPTY),
            Map.entry("ProfileResponse", "Option*,Transaction*"),
            Map.entry("Transaction", "URL,Option*"),
            Map.entry("Option", PCDATA),
            // Fulfill.dtd
            Map.entry("OrderReference", "DocumentReference"),
            Map.entry("ConfirmationRequest", "ConfirmationHeader,OrderReference,ConfirmationItem*"),
            Map.entry("ConfirmationHeader", "DocumentReference?,Total?,Shipping?,Tax?,Contact*,Comments*,Extrinsic*"),
            Map.entry("ConfirmationItem", "UnitOfMeasure,Contact*,ConfirmationStatus+"),
            Map.entry("ConfirmationStatus", "UnitOfMeasure,ItemIn?,UnitPrice?,Tax?,Shipping?,Comments*,Extrinsic*"),
            Map.entry("ShipNoticeRequest", "ShipNoticeHeader,ShipControl*,ShipNoticePortion*"),
            Map.entry("ShipNoticeHeader", "DocumentReference?,Contact*,Comments*,Extrinsic*"),
            Map.entry("ShipControl", "CarrierIdentifier+,ShipmentIdentifier+,Contact*,Comments*,Extrinsic*"),
            Map.entry("ShipmentIdentifier", PCDATA),
            Map.entry("ShipNoticePortion", "OrderReference,Contact*,Comments*,Extrinsic*,ShipNoticeItem*"),
            Map.entry("ShipNoticeItem", "ItemID,UnitOfMeasure,Comments*,Extrinsic*"),
            // InvoiceDetail.dtd
            Map.entry("InvoiceDetailRequest", "InvoiceDetailRequestHeader,InvoiceDetailOrder+,InvoiceDetailSummary"),
            Map.entry("InvoiceDetailRequestHeader", "InvoiceDetailHeaderIndicator,InvoiceDetailLineIndicator,"
                    + "InvoicePartner*,DocumentReference?,InvoiceIDInfo?,InvoiceDetailShipping?,PaymentTerm*,Comments?,Extrinsic*"),
            Map.entry("InvoiceDetailHeaderIndicator", EMPTY),
            Map.entry("InvoiceDetailLineIndicator", EMPTY),
            Map.entry("InvoicePartner", "Contact"),
            Map.entry("InvoiceDetailShipping", "Contact,Contact+,CarrierIdentifier*,ShipmentIdentifier*,DocumentReference?"),
            Map.entry("InvoiceDetailOrder", "InvoiceDetailOrderInfo,InvoiceDetailItem+"),
            Map.entry("InvoiceDetailOrderInfo", "(OrderReference,(MasterAgreementReference|MasterAgreementIDInfo)?,"
                    + "SupplierOrderInfo?)|(MasterAgreementReference,OrderIDInfo?,SupplierOrderInfo?)"
                    + "|(MasterAgreementIDInfo,OrderIDInfo?,SupplierOrderInfo?)|(OrderIDInfo,SupplierOrderInfo?)"
                    + "|SupplierOrderInfo"),
            Map.entry("MasterAgreementReference", "DocumentReference"),
            Map.entry("MasterAgreementIDInfo", EMPTY),
            Map.entry("OrderIDInfo", EMPTY),
            Map.entry("InvoiceIDInfo", EMPTY),
            Map.entry("InvoiceDetailItem", "UnitOfMeasure,UnitPrice,PriceBasisQuantity?,InvoiceDetailItemReference,"
                    + "SubtotalAmount?,Tax?,InvoiceDetailLineSpecialHandling?,InvoiceDetailLineShipping?,GrossAmount?,"
                    + "InvoiceDetailDiscount?,NetAmount?,Distribution*,Comments?,Extrinsic*"),
            Map.entry("InvoiceDetailItemReference", "ItemID?,Description?,Classification*,ManufacturerPartID?,"
                    + "ManufacturerName?"),
            Map.entry("InvoiceDetailLineShipping", "InvoiceDetailShipping,Money"),
            Map.entry("InvoiceDetailLineSpecialHandling", "Description?,Money"),
            Map.entry("InvoiceDetailDiscount", "Money"),
            Map.entry("InvoiceDetailSummary", "SubtotalAmount,Tax,SpecialHandlingAmount?,ShippingAmount?,GrossAmount?,"
                    + "InvoiceDetailDiscount?,NetAmount,DepositAmount?,DueAmount?"));

    /** Element -> attributes the DTD declares #REQUIRED. */
    static final Map<String, List<String>> REQUIRED_ATTRIBUTES = Map.ofEntries(
            Map.entry("cXML", List.of("payloadID", "timestamp")),
            Map.entry("Credential", List.of("domain")),
            Map.entry("CredentialMac", List.of("type", "algorithm", "creationDate", "expirationDate")),
            Map.entry("Status", List.of("code", "text")),
            Map.entry("Name", List.of("xml:lang")),
            Map.entry("Description", List.of("xml:lang")),
            Map.entry("Extrinsic", List.of("name")),
            Map.entry("Country", List.of("isoCountryCode")),
            Map.entry("CountryCode", List.of("isoCountryCode")),
            Map.entry("Money", List.of("currency")),
            Map.entry("Classification", List.of("domain")),
            Map.entry("CarrierIdentifier", List.of("domain")),
            Map.entry("Route", List.of("method")),
            Map.entry("Accounting", List.of("name")),
            Map.entry("Segment", List.of("type", "id", "description")),
            Map.entry("AccountingSegment", List.of("id")),
            Map.entry("PCard", List.of("number", "expiration")),
            Map.entry("DocumentReference", List.of("payloadID")),
            Map.entry("SupplierOrderInfo", List.of("orderID")),
            Map.entry("OrderIDInfo", List.of("orderID")),
            Map.entry("InvoiceIDInfo", List.of("invoiceID")),
            Map.entry("MasterAgreementIDInfo", List.of("agreementID")),
            Map.entry("Characteristic", List.of("domain", "value")),
            Map.entry("PriceBasisQuantity", List.of("quantity", "conversionFactor")),
            Map.entry("ItemIn", List.of("quantity")),
            Map.entry("ItemOut", List.of("quantity")),
            Map.entry("PunchOutSetupRequest", List.of("operation")),
            Map.entry("PunchOutOrderMessageHeader", List.of("operationAllowed")),
            Map.entry("OrderRequestHeader", List.of("orderID", "orderDate")),
            Map.entry("PaymentTerm", List.of("payInNumberOfDays")),
            Map.entry("TaxDetail", List.of("category")),
            Map.entry("ProfileResponse", List.of("effectiveDate")),
            Map.entry("Transaction", List.of("requestName")),
            Map.entry("Option", List.of("name")),
            Map.entry("ConfirmationHeader", List.of("type", "noticeDate")),
            Map.entry("ConfirmationItem", List.of("quantity", "lineNumber")),
            Map.entry("ConfirmationStatus", List.of("type", "quantity")),
            Map.entry("ShipNoticeHeader", List.of("shipmentID", "noticeDate")),
            Map.entry("ShipNoticeItem", List.of("quantity", "lineNumber")),
            Map.entry("InvoiceDetailRequestHeader", List.of("invoiceID", "invoiceDate")),
            Map.entry("InvoiceDetailItem", List.of("invoiceLineNumber", "quantity")),
            Map.entry("InvoiceDetailItemReference", List.of("lineNumber")));

    private static final Set<String> DTD_FAMILY_ROOTS = Set.of("cXML");
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9:]*");

    /** All violations in a written document (empty when valid). */
    static List<String> violations(String xml) {
        List<String> out = new ArrayList<>();
        Element root = XmlTree.parse(xml).getDocumentElement();
        if (!DTD_FAMILY_ROOTS.contains(root.getTagName())) {
            out.add("root must be cXML but was " + root.getTagName());
        }
        check(root, "/" + root.getTagName(), out);
        return out;
    }

    private static void check(Element element, String path, List<String> out) {
        String name = element.getTagName();
        String model = CONTENT.get(name);
        if (model == null) {
            out.add(path + ": element not declared in the DTD subset");
            return;
        }
        for (String attribute : REQUIRED_ATTRIBUTES.getOrDefault(name, List.of())) {
            if (!element.hasAttribute(attribute)) {
                out.add(path + ": missing required attribute " + attribute);
            }
        }
        if (ANY.equals(model)) {
            return;
        }
        List<Element> children = new ArrayList<>();
        boolean text = false;
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                children.add(e);
            } else if ((child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE)
                    && !child.getNodeValue().isBlank()) {
                text = true;
            }
        }
        List<String> names = children.stream().map(Element::getTagName).toList();
        switch (model) {
            case EMPTY -> {
                if (!children.isEmpty() || text) {
                    out.add(path + ": must be empty");
                }
            }
            case PCDATA -> {
                if (!children.isEmpty()) {
                    out.add(path + ": text only, but has " + names);
                }
            }
            case MIXED_DESCRIPTION, MIXED_COMMENTS -> {
                Set<String> allowed = Set.of(MIXED_DESCRIPTION.equals(model) ? "ShortName" : "Attachment");
                names.stream().filter(n -> !allowed.contains(n))
                        .forEach(n -> out.add(path + ": " + n + " not allowed in mixed content"));
            }
            default -> {
                if (text) {
                    out.add(path + ": text not allowed in element content");
                }
                String sequence = String.join("", names.stream().map(n -> n + ",").toList());
                if (!toRegex(model).matcher(sequence).matches()) {
                    out.add(path + ": children " + names + " do not match (" + model + ")");
                }
            }
        }
        int index = 0;
        for (Element child : children) {
            index++;
            check(child, path + "/" + child.getTagName() + "[" + index + "]", out);
        }
    }

    /** A DTD content model (names, ",", "|", "?", "*", "+", parentheses) as a regex over the child sequence "A,B,". */
    static Pattern toRegex(String model) {
        StringBuilder regex = new StringBuilder();
        Matcher names = NAME.matcher(model);
        int i = 0;
        while (i < model.length()) {
            char c = model.charAt(i);
            if (names.find(i) && names.start() == i) {
                regex.append("(?:").append(Pattern.quote(names.group() + ",")).append(')');
                i = names.end();
                continue;
            }
            switch (c) {
                case '(' -> regex.append("(?:");
                case ')', '|', '?', '*', '+' -> regex.append(c);
                case ',', ' ' -> { }
                default -> throw new IllegalArgumentException("unexpected '" + c + "' in " + model);
            }
            i++;
        }
        return Pattern.compile(regex.toString());
    }
}
