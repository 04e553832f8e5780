package io.procurewire.cxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.procurewire.cxml.model.Classification;
import io.procurewire.cxml.model.Credential;
import io.procurewire.cxml.model.CxmlDocument;
import io.procurewire.cxml.model.Description;
import io.procurewire.cxml.model.Extrinsic;
import io.procurewire.cxml.model.Header;
import io.procurewire.cxml.model.ItemDetail;
import io.procurewire.cxml.model.ItemID;
import io.procurewire.cxml.model.ItemIn;
import io.procurewire.cxml.model.Message;
import io.procurewire.cxml.model.Money;
import io.procurewire.cxml.model.Party;
import io.procurewire.cxml.model.PunchOutOrderMessage;
import io.procurewire.cxml.model.PunchOutOrderMessageHeader;
import io.procurewire.cxml.model.Request;
import io.procurewire.cxml.model.Sender;
import io.procurewire.cxml.model.Total;
import io.procurewire.cxml.model.UnitPrice;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

class CxmlWriterTest {

    final CxmlReader reader = new CxmlReader();
    final CxmlWriter writer = new CxmlWriter();

    static final Pattern DATE_ATTRIBUTE = Pattern.compile(
            "\\b(timestamp|orderDate|noticeDate|shipmentDate|deliveryDate|invoiceDate|effectiveDate|shippingDate|"
                    + "requestedDeliveryDate)=\"([^\"]*)\"");

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.procurewire.cxml.RoundTripTest#allFixtures")
    void writesEveryFixtureValidAgainstTheDtdWithDatesWithOffsets(String fixture) {
        String written = writer.write(reader.read(Fixtures.bytes(fixture)));

        assertThat(DtdSubset.violations(written)).as("DTD violations in%n%s", written).isEmpty();
        Matcher dates = DATE_ATTRIBUTE.matcher(written);
        int found = 0;
        while (dates.find()) {
            found++;
            assertThat(dates.group(2)).as(dates.group(1))
                    .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?[+-]\\d{2}:\\d{2}");
        }
        assertThat(found).isPositive();
    }

    @Test
    void movesContactAfterBrowserFormPostAsTheDtdRequires() {
        String written = writer.write(reader.read(Fixtures.bytes("posr-contact-before-browserformpost.xml")));

        assertThat(XmlTree.childNames(written, "PunchOutSetupRequest"))
                .containsExactly("BuyerCookie", "Extrinsic", "BrowserFormPost", "Contact", "SupplierSetup");
        assertThat(written).contains("timestamp=\"2008-01-22T14:35:00-08:00\"");
    }

    @ParameterizedTest
    @CsvSource({
        "posr-coupa-create.xml, cXML.dtd",
        "poom-cart.xml, cXML.dtd",
        "order-request-new.xml, cXML.dtd",
        "response-status-error.xml, cXML.dtd",
        "profile-response.xml, cXML.dtd",
        "status-update-request.xml, cXML.dtd",
        "confirmation-request.xml, Fulfill.dtd",
        "ship-notice-request.xml, Fulfill.dtd",
        "invoice-detail-request.xml, InvoiceDetail.dtd"})
    void startsWithDeclarationAndTheDoctypeOfTheFamily(String fixture, String dtd) {
        String written = writer.write(reader.read(Fixtures.bytes(fixture)));

        assertThat(written).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE cXML SYSTEM "
                + "\"http://xml.cxml.org/schemas/cXML/1.2.069/" + dtd + "\">\n<cXML ");
        assertThat(written).doesNotContain("xmlns");
    }

    @Test
    void fillsPayloadIdTimestampVersionAndLangWhenAbsent() {
        CxmlDocument document = minimalCart();
        OffsetDateTime before = CxmlDates.now();

        String written = writer.write(document);

        assertThat(document.getPayloadId()).matches("\\d{13}\\.\\d+\\.[0-9a-f]+@.+");
        assertThat(document.getTimestamp()).isBetween(before, CxmlDates.now());
        assertThat(written).contains("payloadID=\"" + document.getPayloadId() + "\"")
                .contains("timestamp=\"" + CxmlDates.format(document.getTimestamp()) + "\"")
                .contains("version=\"1.2.069\"").contains("xml:lang=\"en-US\"");
    }

    @Test
    void keepsGivenPayloadIdAndTimestamp() {
        CxmlDocument document = minimalCart();
        document.setPayloadId("fixed@example");
        document.setTimestamp(OffsetDateTime.parse("2024-05-01T10:15:30-05:00"));

        assertThat(writer.write(document)).contains("payloadID=\"fixed@example\" timestamp=\"2024-05-01T10:15:30-05:00\"");
    }

    @Test
    void writesItemDetailInDtdOrderWhateverOrderItWasBuiltIn() {
        ItemDetail detail = new ItemDetail();
        detail.getExtrinsics().add(new Extrinsic("Color", "red"));
        detail.setLeadTime(5);
        detail.setManufacturerName("ACME");
        detail.getClassifications().add(new Classification("UNSPSC", "44121701"));
        detail.setUnitOfMeasure("EA");
        detail.getDescriptions().add(new Description("en", "Pen"));
        detail.setUnitPrice(new UnitPrice(new Money("USD", "1.20")));
        CxmlDocument document = minimalCart();
        document.getMessage().getPunchOutOrderMessage().getItems().get(0).setItemDetail(detail);

        assertThat(XmlTree.childNames(writer.write(document), "ItemDetail")).containsExactly(
                "UnitPrice", "Description", "UnitOfMeasure", "Classification", "ManufacturerName", "LeadTime", "Extrinsic");
    }

    @Test
    void escapesMarkupCharactersInTextAndAttributes() {
        CxmlDocument document = minimalCart();
        var item = document.getMessage().getPunchOutOrderMessage().getItems().get(0);
        item.getItemDetail().getDescriptions().set(0, new Description("en", "Nuts & bolts <M8> \"zinc\""));
        item.getExtrinsics().add(new Extrinsic("Note", "a < b & c"));
        item.getItemId().setSupplierPartAuxiliaryId("q=\"1\"&r=<2>");

        String written = writer.write(document);
        var again = reader.read(written).getMessage().getPunchOutOrderMessage().getItems().get(0);

        assertThat(written).contains("Nuts &amp; bolts &lt;M8&gt;");
        assertThat(again.getItemDetail().getDescriptions().get(0).getText()).isEqualTo("Nuts & bolts <M8> \"zinc\"");
        assertThat(again.extrinsic("note")).contains("a < b & c");
        assertThat(again.getItemId().getSupplierPartAuxiliaryId()).isEqualTo("q=\"1\"&r=<2>");
    }

    @Test
    void addsTheMandatoryEmptyInvoiceIndicators() {
        CxmlDocument invoice = reader.read(Fixtures.bytes("invoice-detail-request.xml"));
        invoice.getRequest().getInvoiceDetailRequest().getHeader().setHeaderIndicator(null);
        invoice.getRequest().getInvoiceDetailRequest().getHeader().setLineIndicator(null);

        assertThat(XmlTree.childNames(writer.write(invoice), "InvoiceDetailRequestHeader"))
                .startsWith("InvoiceDetailHeaderIndicator", "InvoiceDetailLineIndicator");
    }

    @Test
    void refusesMissingRequiredParts() {
        assertWriteFails(doc -> doc.getResponse().getStatus().setText(null),
                CxmlStatus.response(500, "x"), "cannot write cXML: missing required Response/Status@text");
        assertWriteFails(doc -> doc.getResponse().getStatus().setCode(null),
                CxmlStatus.response(500, "x"), "cannot write cXML: missing required Response/Status@code");
        assertWriteFails(doc -> doc.getResponse().setStatus(null),
                CxmlStatus.response(200, null), "cannot write cXML: missing required Response/Status");
        assertWriteFails(doc -> doc.getHeader().setFrom(null), minimalCart(), "cannot write cXML: missing required Header/From");
        assertWriteFails(doc -> doc.getHeader().setTo(new Party()), minimalCart(),
                "cannot write cXML: missing required Header/To/Credential");
        assertWriteFails(doc -> doc.getHeader().setSender(null), minimalCart(), "cannot write cXML: missing required Header/Sender");
        assertWriteFails(doc -> doc.setHeader(null), minimalCart(), "cannot write cXML: missing required Header");
        assertWriteFails(doc -> doc.getMessage().getPunchOutOrderMessage().getItems().get(0).setQuantity(null), minimalCart(),
                "cannot write cXML: missing required Message/PunchOutOrderMessage/ItemIn[1]@quantity");
        assertWriteFails(doc -> doc.getMessage().getPunchOutOrderMessage().getItems().get(0).getItemDetail()
                        .getClassifications().clear(), minimalCart(),
                "cannot write cXML: missing required Message/PunchOutOrderMessage/ItemIn[1]/ItemDetail/Classification");
        assertWriteFails(doc -> doc.getMessage().getPunchOutOrderMessage().setBuyerCookie((String) null), minimalCart(),
                "cannot write cXML: missing required Message/PunchOutOrderMessage/BuyerCookie");
        assertWriteFails(doc -> doc.getMessage().getPunchOutOrderMessage().getHeader().getTotal().getMoney().setCurrency(null),
                minimalCart(),
                "cannot write cXML: missing required Message/PunchOutOrderMessage/PunchOutOrderMessageHeader/Total/Money@currency");
        assertWriteFails(doc -> doc.setRequest(new Request()), minimalCart(),
                "cXML must contain exactly one of Request, Response or Message but contained 2");
        assertWriteFails(doc -> doc.getRequest().getOrderRequest().getHeader().setBillTo(null),
                reader.read(Fixtures.bytes("order-request-new.xml")),
                "cannot write cXML: missing required Request/OrderRequest/OrderRequestHeader/BillTo");
        assertWriteFails(doc -> doc.getRequest().getInvoiceDetailRequest().getSummary().setNetAmount(null),
                reader.read(Fixtures.bytes("invoice-detail-request.xml")),
                "cannot write cXML: missing required Request/InvoiceDetailRequest/InvoiceDetailSummary/NetAmount");
        assertWriteFails(doc -> doc.getRequest().getConfirmationRequest().getItems().get(0).getStatuses().clear(),
                reader.read(Fixtures.bytes("confirmation-request.xml")),
                "cannot write cXML: missing required Request/ConfirmationRequest/ConfirmationItem[1]/ConfirmationStatus");
        assertWriteFails(doc -> doc.getRequest().getShipNoticeRequest().getHeader().setShipmentId(" "),
                reader.read(Fixtures.bytes("ship-notice-request.xml")),
                "cannot write cXML: missing required Request/ShipNoticeRequest/ShipNoticeHeader@shipmentID");
        assertWriteFails(doc -> doc.getResponse().getPunchOutSetupResponse().getStartPage().setUrl(null),
                reader.read(Fixtures.bytes("posres-start-page.xml")),
                "cannot write cXML: missing required Response/PunchOutSetupResponse/StartPage/URL");
    }

    @Test
    void writeBytesIsUtf8() {
        CxmlDocument document = minimalCart();
        document.getMessage().getPunchOutOrderMessage().getItems().get(0).getItemDetail().getDescriptions()
                .set(0, new Description("de", "Größe Ω €"));

        byte[] bytes = writer.writeBytes(document);

        assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).contains("Größe Ω €");
        assertThat(reader.read(bytes).getMessage().getPunchOutOrderMessage().getItems().get(0).getItemDetail()
                .getDescriptions().get(0).getText()).isEqualTo("Größe Ω €");
    }

    private void assertWriteFails(java.util.function.Consumer<CxmlDocument> breakIt, CxmlDocument document, String message) {
        breakIt.accept(document);
        assertThatThrownBy(() -> writer.write(document)).isInstanceOf(CxmlWriteException.class)
                .hasMessage(message);
    }

    static CxmlDocument minimalCart() {
        ItemIn line = new ItemIn().withQuantity(BigDecimal.ONE).withLineNumber(1)
                .withItemId(new ItemID("PEN-1"))
                .withItemDetail(new ItemDetail()
                        .withUnitPrice(new UnitPrice(new Money("USD", "1.20")))
                        .addDescriptions(new Description("en", "Pen"))
                        .withUnitOfMeasure("EA")
                        .addClassifications(new Classification("UNSPSC", "44121701")));
        PunchOutOrderMessage cart = new PunchOutOrderMessage().withBuyerCookie("cookie")
                .withHeader(new PunchOutOrderMessageHeader().withOperationAllowed("create")
                        .withTotal(new Total(new Money("USD", "1.20"))))
                .addItems(line);
        Header header = new Header()
                .withFrom(new Party(new Credential("DUNS", "987654321")))
                .withTo(new Party(new Credential("DUNS", "123456789")))
                .withSender(new Sender("Procurewire", new Credential("DUNS", "987654321")));
        return CxmlDocument.message(header, new Message().withPunchOutOrderMessage(cart));
    }
}
