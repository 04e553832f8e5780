package io.procurewire.cxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.procurewire.cxml.model.AccountingSegment;
import io.procurewire.cxml.model.CredentialMac;
import io.procurewire.cxml.model.CxmlDocument;
import io.procurewire.cxml.model.Email;
import io.procurewire.cxml.model.Fax;
import io.procurewire.cxml.model.Name;
import io.procurewire.cxml.model.OrderIDInfo;
import io.procurewire.cxml.model.Segment;
import io.procurewire.cxml.model.TelephoneNumber;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Details real documents carry survive read -> write -> read; the writer refuses only what the DTD requires. */
class LosesNothingTest {

    final CxmlReader reader = new CxmlReader();
    final CxmlWriter writer = new CxmlWriter();

    private CxmlDocument roundTrip(String fixture) {
        return reader.read(writer.write(reader.read(Fixtures.bytes(fixture))));
    }

    @Test
    void keepsOrderHeaderDeliveryDatePaymentAndShipToDetails() {
        var header = roundTrip("order-request-full-detail.xml").getRequest().getOrderRequest().getHeader();

        assertThat(header.getRequestedDeliveryDate()).isEqualTo(OffsetDateTime.parse("2024-06-14T00:00:00Z"));
        var card = header.getPayment().getPcard();
        assertThat(card.getNumber()).isEqualTo("4111111111111111");
        assertThat(card.getExpiration()).isEqualTo("2027-09-30");
        assertThat(card.getName()).isEqualTo("Procurement Card Nord");
        assertThat(card.getPostalAddress().getCity()).isEqualTo("Hamburg");
        assertThat(card.toString()).doesNotContain("41111111").contains("1111");

        var shipTo = header.getShipTo();
        assertThat(shipTo.getAddress().getEmailElement().getName()).isEqualTo("receiving");
        assertThat(shipTo.getAddress().getEmailElement().getPreferredLang()).isEqualTo("de-DE");
        assertThat(shipTo.getAddress().getEmail()).isEqualTo("wareneingang@buyer.example");
        assertThat(shipTo.getAddress().getFax().getName()).isEqualTo("receiving");
        assertThat(shipTo.getAddress().getFax().getTelephoneNumber().getNumber()).isEqualTo("5550199");
        assertThat(shipTo.getCarrierIdentifiers()).extracting(c -> c.getDomain() + "=" + c.getValue())
                .containsExactly("companyName=DHL Freight", "SCAC=DHLF");
        var transport = shipTo.getTransportInformation().get(0);
        assertThat(transport.getRoute().getMethod()).isEqualTo("motor");
        assertThat(transport.getRoute().getMeans()).isEqualTo("truck");
        assertThat(transport.getShippingContractNumber()).isEqualTo("FC-2024-77");
        assertThat(transport.getShippingInstructions().getDescriptions().get(0).getText())
                .isEqualTo("Anlieferung nur werktags 7-15 Uhr");
        assertThat(header.getBillTo().getAddress().getFax().getEmail().getValue()).isEqualTo("ap-fax@buyer.example");

        var contact = header.getContacts().get(0);
        assertThat(contact.getEmailElements()).extracting(Email::getName).containsExactly("work", "deputy");
        assertThat(contact.getEmails()).containsExactly("erika@buyer.example", "einkauf@buyer.example");
    }

    @Test
    void keepsLegacyAccountingSegmentsPriceBasisAndRetailDetails() {
        var line = roundTrip("order-request-full-detail.xml").getRequest().getOrderRequest().getItems().get(0);

        assertThat(line.getDistributions().get(0).getAccounting().getLegacySegments())
                .extracting(s -> s.getType() + "/" + s.getId() + "/" + s.getDescription())
                .containsExactly("CostCenter/4711/Werkstatt", "GLAccount/600100/Verbrauchsmaterial");
        var basis = line.getItemDetail().getPriceBasisQuantity();
        assertThat(basis.getQuantity()).isEqualByComparingTo("100");
        assertThat(basis.getConversionFactor()).isEqualByComparingTo("0.01");
        assertThat(basis.getUnitOfMeasure()).isEqualTo("EA");
        assertThat(basis.getDescription().getText()).isEqualTo("Preis je 100 Stück");
        var industry = line.getItemDetail().getItemDetailIndustry();
        assertThat(industry.getIsConfigurableMaterial()).isEqualTo("yes");
        assertThat(industry.getItemDetailRetail().getEanId()).isEqualTo("4006381333931");
        assertThat(industry.getItemDetailRetail().getEuropeanWasteCatalogId()).isEqualTo("17 04 05");
        assertThat(industry.getItemDetailRetail().getCharacteristics())
                .extracting(c -> c.getDomain() + "=" + c.getValue() + ":" + c.getCode())
                .containsExactly("size=M8:null", "finish=zinc:ZN");
        assertThat(line.getItemId().getBuyerPartId()).isEqualTo("B-88123");
    }

    @Test
    void keepsMasterAgreementsOfAContractBackedInvoiceAndItsEmptyDueAmount() {
        CxmlDocument read = reader.read(Fixtures.bytes("invoice-contract-backed.xml"));
        String written = writer.write(read);
        var invoice = reader.read(written).getRequest().getInvoiceDetailRequest();

        var first = invoice.getOrders().get(0).getOrderInfo();
        assertThat(first.getOrderReference().getDocumentReference().getPayloadId()).isEqualTo("po-3003@acme.coupahost.com");
        assertThat(first.getMasterAgreementReference().getDocumentReference().getPayloadId())
                .isEqualTo("contract-77@acme.coupahost.com");
        assertThat(first.getMasterAgreementReference().getAgreementDate()).isEqualTo(OffsetDateTime.parse("2024-01-01T00:00:00Z"));
        assertThat(first.getSupplierOrderInfo().getOrderId()).isEqualTo("SO-9001");
        var second = invoice.getOrders().get(1).getOrderInfo();
        assertThat(second.getMasterAgreementIdInfo().getAgreementId()).isEqualTo("MA-2024-01");
        assertThat(second.getMasterAgreementIdInfo().getAgreementType()).isEqualTo("scheduling_agreement");
        assertThat(second.getOrderIdInfo().getOrderId()).isEqualTo("REL-17");
        assertThat(second.orderId()).contains("REL-17");
        assertThat(invoice.getOrders().get(0).getItems().get(0).getPriceBasisQuantity().getUnitOfMeasure()).isEqualTo("EA");
        assertThat(invoice.getSummary().getDueAmount().getMoney().getCurrency()).isEqualTo("USD");
        assertThat(invoice.getSummary().getDueAmount().getMoney().getAmount()).isNull();
        assertThat(XmlTree.childNames(written, "InvoiceDetailOrderInfo"))
                .containsExactly("OrderReference", "MasterAgreementReference", "SupplierOrderInfo");
    }

    @Test
    void keepsCartSupplierOrderInfoAndAnEmptyPartNumberOnAZeroQuantityLine() {
        String written = writer.write(reader.read(Fixtures.bytes("poom-supplier-order-info.xml")));
        var cart = reader.read(written).getMessage().getPunchOutOrderMessage();

        assertThat(cart.getHeader().getSupplierOrderInfo().getOrderId()).isEqualTo("SO-77-0001");
        assertThat(cart.getHeader().getSupplierOrderInfo().getOrderDate()).isEqualTo(OffsetDateTime.parse("2024-06-03T09:29:00Z"));
        assertThat(cart.getItems().get(1).getQuantity()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(cart.getItems().get(1).getItemId().getSupplierPartId()).isEmpty();
        assertThat(written).containsPattern("<SupplierPartID>\\s*</SupplierPartID>|<SupplierPartID/>");
    }

    @Test
    void rewritesAnEmptyStartPageUrl() {
        String written = writer.write(reader.read(Fixtures.bytes("posres-empty-start-page-url.xml")));

        assertThat(written).containsPattern("<URL>\\s*</URL>|<URL/>");
        assertThat(reader.read(written).getResponse().getPunchOutSetupResponse().getStartPage().getUrl()).isEmpty();
    }

    // ------------------------------------------------------------------ what the writer still refuses

    @Test
    void refusesAccountingWithoutSegmentsOrWithBothKinds() {
        assertRefused("order-request-new.xml", doc -> firstAccounting(doc).getSegments().clear(),
                "cannot write cXML: Request/OrderRequest/ItemOut[1]/Distribution[1]/Accounting needs either Segment or "
                        + "AccountingSegment elements");
        assertRefused("order-request-new.xml", doc -> firstAccounting(doc).addLegacySegments(new Segment("CostCenter", "1", "x")),
                "cannot write cXML: Request/OrderRequest/ItemOut[1]/Distribution[1]/Accounting needs either Segment or "
                        + "AccountingSegment elements, not both");
        assertRefused("order-request-new.xml", doc -> firstAccounting(doc).getSegments().set(0,
                        new AccountingSegment().withId("1").withName(new Name("en", "GL"))),
                "cannot write cXML: missing required Request/OrderRequest/ItemOut[1]/Distribution[1]/Accounting/"
                        + "AccountingSegment/Description");
    }

    @Test
    void refusesInvoiceOrderInfoTheDtdDoesNotAllow() {
        String path = "Request/InvoiceDetailRequest/InvoiceDetailOrder[1]/InvoiceDetailOrderInfo";
        assertRefused("invoice-contract-backed.xml", doc -> {
            var info = doc.getRequest().getInvoiceDetailRequest().getOrders().get(0).getOrderInfo();
            info.setOrderReference(null);
            info.setMasterAgreementReference(null);
            info.setSupplierOrderInfo(null);
        }, "cannot write cXML: missing required " + path
                + " content (OrderReference, OrderIDInfo, MasterAgreementReference, MasterAgreementIDInfo or SupplierOrderInfo)");
        assertRefused("invoice-contract-backed.xml", doc -> doc.getRequest().getInvoiceDetailRequest().getOrders().get(0)
                .getOrderInfo().setOrderIdInfo(new OrderIDInfo().withOrderId("PO-3003")),
                "cannot write cXML: " + path + " may have OrderReference or OrderIDInfo, not both");
    }

    @Test
    void refusesPriceBasisWithoutUnitFaxWithTwoNumbersAndTwoAuthentications() {
        assertRefused("order-request-full-detail.xml", doc -> doc.getRequest().getOrderRequest().getItems().get(0)
                .getItemDetail().getPriceBasisQuantity().setUnitOfMeasure(null),
                "cannot write cXML: missing required Request/OrderRequest/ItemOut[1]/ItemDetail/PriceBasisQuantity/UnitOfMeasure");
        assertRefused("order-request-full-detail.xml", doc -> {
            Fax fax = doc.getRequest().getOrderRequest().getHeader().getShipTo().getAddress().getFax();
            fax.setEmail(new Email("fax@buyer.example"));
        }, "cannot write cXML: Request/OrderRequest/OrderRequestHeader/ShipTo/Address/Fax needs exactly one of "
                + "TelephoneNumber, URL, Email but had 2");
        assertRefused("order-request-full-detail.xml", doc -> doc.getHeader().getSender().getCredentials().get(0)
                .setCredentialMac(new CredentialMac().withType("FromSenderCredentials").withAlgorithm("HMAC-SHA1-96")
                        .withCreationDate("2024-01-01T00:00:00Z").withExpirationDate("2024-01-02T00:00:00Z")),
                "cannot write cXML: Header/Sender/Credential has more than one of SharedSecret, DigitalSignature, CredentialMac");
    }

    @Test
    void refusesAbsentButAcceptsEmptyPartNumbersAmountsAndCredentials() {
        assertRefused("poom-supplier-order-info.xml", doc -> doc.getMessage().getPunchOutOrderMessage().getItems().get(1)
                .getItemId().setSupplierPartId(null),
                "cannot write cXML: missing required Message/PunchOutOrderMessage/ItemIn[2]/ItemID/SupplierPartID");

        CxmlDocument cart = reader.read(Fixtures.bytes("poom-cart.xml"));
        cart.getMessage().getPunchOutOrderMessage().getHeader().getTotal().getMoney().setAmount(null);
        cart.getHeader().getFrom().getCredentials().get(0).setIdentity("");
        String written = writer.write(cart);

        assertThat(DtdSubset.violations(written)).isEmpty();
        assertThat(reader.read(written).getMessage().getPunchOutOrderMessage().getHeader().getTotal().getMoney().getAmount())
                .isNull();
        assertThat(reader.read(written).getHeader().getFrom().getCredentials().get(0).getIdentity()).isEmpty();
    }

    @Test
    void writesFaxAndNamedEmailBuiltInCode() {
        CxmlDocument order = reader.read(Fixtures.bytes("order-request-new.xml"));
        var address = order.getRequest().getOrderRequest().getHeader().getShipTo().getAddress();
        address.setEmailElement(new Email("receiving", "dock@acme.example"));
        address.setFax(new Fax(new TelephoneNumber().withCountryCode(new io.procurewire.cxml.model.CountryCode().withIsoCountryCode("US").withValue("1"))
                .withAreaOrCityCode("217").withNumber("5550111")));
        order.getRequest().getOrderRequest().getHeader().getContacts().get(0).getEmails().add("second@acme.example");

        String written = writer.write(order);

        assertThat(DtdSubset.violations(written)).isEmpty();
        assertThat(written).contains("<Email name=\"receiving\">dock@acme.example</Email>")
                .contains("<Email>second@acme.example</Email>");
        assertThat(XmlTree.childNames(written, "Address")).containsExactly("Name", "PostalAddress", "Email", "Phone", "Fax");
    }

    private static io.procurewire.cxml.model.Accounting firstAccounting(CxmlDocument doc) {
        return doc.getRequest().getOrderRequest().getItems().get(0).getDistributions().get(0).getAccounting();
    }

    private void assertRefused(String fixture, Consumer<CxmlDocument> change, String message) {
        CxmlDocument document = reader.read(Fixtures.bytes(fixture));
        change.accept(document);
        assertThatThrownBy(() -> writer.write(document)).isInstanceOf(CxmlWriteException.class).hasMessage(message);
    }
}
