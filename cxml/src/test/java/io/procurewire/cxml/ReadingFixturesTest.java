package io.procurewire.cxml;

import static org.assertj.core.api.Assertions.assertThat;

import io.procurewire.cxml.model.ConfirmationRequest;
import io.procurewire.cxml.model.CxmlDocument;
import io.procurewire.cxml.model.InvoiceDetailRequest;
import io.procurewire.cxml.model.OrderRequest;
import io.procurewire.cxml.model.PunchOutSetupRequest;
import io.procurewire.cxml.model.ShipNoticeRequest;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Reads each real-world style fixture and asserts what a service relies on. */
class ReadingFixturesTest {

    final CxmlReader reader = new CxmlReader();

    CxmlDocument read(String fixture) {
        return reader.read(Fixtures.bytes(fixture));
    }

    PunchOutSetupRequest setup(String fixture) {
        return read(fixture).getRequest().getPunchOutSetupRequest();
    }

    @Nested
    class PunchOutSetupRequests {

        @Test
        void readsCoupaCreateWithExtrinsicsContactShipTo() {
            CxmlDocument document = read("posr-coupa-create.xml");

            assertThat(document.getVersion()).isEqualTo("1.2.069");
            assertThat(document.getLang()).isEqualTo("en-US");
            assertThat(document.getRequest().isTest()).isFalse();
            assertThat(document.getRequest().payloadName()).contains("PunchOutSetupRequest");
            var from = document.getHeader().getFrom().getCredentials().get(0);
            assertThat(Credentials.sameIdentity(from, "duns", "123456789")).isTrue();
            assertThat(document.getHeader().getTo().credential("DUNS")).map(c -> c.getIdentity()).contains("987654321");
            PunchOutSetupRequest setup = document.getRequest().getPunchOutSetupRequest();
            assertThat(setup.normalizedOperation()).contains("create");
            assertThat(List.of("FirstName", "LastName", "UniqueName", "UserEmail", "User", "BusinessUnit"))
                    .map(name -> setup.extrinsic(name).orElse(null))
                    .containsExactly("Jane", "Buyer", "jbuyer", "jane.buyer@acme.example", "jbuyer", "Facilities");
            assertThat(setup.contact("enduser")).hasValueSatisfying(contact -> {
                assertThat(contact.getName().getValue()).isEqualTo("Jane Buyer");
                assertThat(contact.getName().getLang()).isEqualTo("en-US");
                assertThat(contact.email()).contains("jane.buyer@acme.example");
            });
            assertThat(setup.getSupplierSetup().getUrl()).isEqualTo("https://supplier.example/punchout");
            var address = setup.getShipTo().getAddress();
            assertThat(address.getAddressId()).isEqualTo("HQ-1");
            assertThat(address.getPostalAddress().getDeliverTo()).containsExactly("Jane Buyer");
            assertThat(address.getPostalAddress().getCity()).isEqualTo("Springfield");
            assertThat(address.getPostalAddress().getCountry().getIsoCountryCode()).isEqualTo("US");
        }

        @Test
        void readsAribaNetworkIdWithSharedSecretInTestMode() {
            CxmlDocument document = read("posr-ariba-networkid.xml");

            assertThat(document.getTimestamp()).isEqualTo(OffsetDateTime.parse("2024-05-01T10:15:30.123Z"));
            assertThat(document.getRequest().isTest()).isTrue();
            var sender = document.getHeader().getSender();
            assertThat(sender.getUserAgent()).isEqualTo("Ariba Network V1.1");
            assertThat(sender.credential("networkid")).hasValueSatisfying(c -> {
                assertThat(c.getIdentity()).isEqualTo("AN01000000001");
                assertThat(Credentials.secretMatches(c.getSharedSecret(), "Ar1ba-Shared-Secret")).isTrue();
            });
            assertThat(document.getRequest().getPunchOutSetupRequest().browserFormPostUrl())
                    .contains("https://service.ariba.com/punchout/return/ABC123");
        }

        @Test
        void readsEditWithItemOutLines() {
            PunchOutSetupRequest setup = setup("posr-edit-with-itemout.xml");

            assertThat(setup.getOperation()).isEqualTo("edit");
            assertThat(setup.getItemOuts()).hasSize(2);
            var first = setup.getItemOuts().get(0);
            assertThat(first.getQuantity()).isEqualByComparingTo("2");
            assertThat(first.getLineNumber()).isEqualTo(1);
            assertThat(first.getItemId().getSupplierPartAuxiliaryId()).isEqualTo("cart-7:line-1");
            assertThat(first.getItemDetail().getUnitPrice().getMoney().getAmount()).isEqualTo(new BigDecimal("45.00"));
            var second = setup.getItemOuts().get(1);
            assertThat(second.getQuantity()).isEqualTo(new BigDecimal("1.5"));
            assertThat(second.getItemDetail()).isNull();
            assertThat(setup.validate()).isEmpty();
        }

        @Test
        void readsInspect() {
            PunchOutSetupRequest setup = setup("posr-inspect.xml");

            assertThat(setup.normalizedOperation()).contains("inspect");
            assertThat(setup.getItemOuts()).singleElement()
                    .satisfies(item -> assertThat(item.getItemId().getSupplierPartId()).isEqualTo("PAPER-A4-500"));
        }

        @Test
        void readsPrecoroStyle() {
            CxmlDocument document = read("posr-precoro.xml");

            assertThat(document.getVersion()).isEqualTo("1.2.014");
            assertThat(document.getHeader().getSender().getUserAgent()).isEqualTo("Precoro");
            assertThat(document.getHeader().getFrom().credential("NETWORKID")).map(c -> c.getIdentity())
                    .contains("precoro-company-1234");
            PunchOutSetupRequest setup = document.getRequest().getPunchOutSetupRequest();
            assertThat(setup.extrinsic("userfullname")).contains("Olena Koval");
            assertThat(setup.getBuyerCookie()).isEqualTo("precoro-session-1234-abcdef");
        }

        @Test
        void acceptsContactBeforeBrowserFormPostAndRubyTimestamp() {
            CxmlDocument document = read("posr-contact-before-browserformpost.xml");

            assertThat(document.getTimestamp()).isEqualTo(OffsetDateTime.parse("2008-01-22T14:35:00-08:00"));
            PunchOutSetupRequest setup = document.getRequest().getPunchOutSetupRequest();
            assertThat(setup.browserFormPostUrl()).contains("https://legacy.coupahost.com/punchout/checkout?id=1");
            assertThat(setup.contact("endUser")).isPresent();
        }

        @Test
        void acceptsSenderWithoutUserAgent() {
            CxmlDocument document = read("posr-sender-without-useragent.xml");

            assertThat(document.getHeader().getSender().getUserAgent()).isNull();
            assertThat(document.getHeader().getSender().getCredentials().get(0).getSharedSecret()).isEqualTo("secret");
        }

        @Test
        void assumesUtcForTimestampWithoutZone() {
            assertThat(read("posr-timestamp-without-zone.xml").getTimestamp())
                    .isEqualTo(OffsetDateTime.parse("2023-04-20T19:23:18Z"));
        }

        @Test
        void readsOffsetWithoutColon() {
            assertThat(read("posr-timestamp-compact-offset.xml").getTimestamp())
                    .isEqualTo(OffsetDateTime.parse("2024-05-01T10:15:30-05:00"));
        }

        @Test
        void readsSpaceSeparatedTimestampAsUtc() {
            assertThat(read("posr-timestamp-space-separator.xml").getTimestamp())
                    .isEqualTo(OffsetDateTime.parse("2020-09-25T15:30:43Z"));
        }

        @Test
        void keepsSharedSecretNoneAsTheLiteralValue() {
            var credential = read("posr-shared-secret-none.xml").getHeader().getSender().getCredentials().get(0);

            assertThat(credential.getSharedSecret()).isEqualTo("none");
            assertThat(Credentials.secretMatches(credential.getSharedSecret(), "none")).isTrue();
        }

        @Test
        void readsUtf8WithByteOrderMark() {
            assertThat(Fixtures.bytes("posr-utf8-bom.xml")[0]).isEqualTo((byte) 0xEF);
            CxmlDocument document = read("posr-utf8-bom.xml");

            assertThat(document.getPayloadId()).isEqualTo("posr-utf8-bom@buyer.example");
            assertThat(document.getHeader().getSender().getCredentials().get(0).getSharedSecret()).isEqualTo("bom-secret");
        }

        @Test
        void readsDeclaredIso88591WithNonAsciiName() {
            PunchOutSetupRequest setup = setup("posr-iso-8859-1.xml");

            assertThat(setup.extrinsic("UserFullName")).contains("Jürgen Müller-Straße");
            assertThat(setup.contact("endUser").orElseThrow().getName().getValue()).isEqualTo("Jürgen Müller-Straße");
        }

        @Test
        void ignoresUnknownElementsAndAttributesAndTrimsIdentities() {
            CxmlDocument document = read("posr-unknown-elements.xml");

            assertThat(document.getHeader().getFrom().getCredentials()).singleElement()
                    .satisfies(c -> assertThat(c.getIdentity()).isEqualTo("123456789"));
            assertThat(document.getHeader().getSender().getCredentials().get(0).getSharedSecret()).isEqualTo("spaced-secret");
            PunchOutSetupRequest setup = document.getRequest().getPunchOutSetupRequest();
            assertThat(setup.extrinsic("UserEmail")).contains("someone@buyer.example");
            assertThat(setup.browserFormPostUrl()).contains("https://buyer.example/punchout/return");
            assertThat(setup.getShipTo().getAddress().getPostalAddress().getState()).isEqualTo("CA");
        }

        @Test
        void keepsMarkupInBuyerCookieAndExtrinsic() {
            PunchOutSetupRequest setup = setup("posr-buyer-cookie-markup.xml");

            assertThat(setup.getBuyerCookie()).isEqualTo("<session id=\"77\">abc &amp; def</session>");
            assertThat(setup.getBuyerCookieContent().hasMarkup()).isTrue();
            assertThat(setup.extrinsic("Approver").orElseThrow())
                    .contains("<Contact role=\"approver\">").contains("Pat Lee");
        }
    }

    @Test
    void readsPunchOutSetupResponseStartPage() {
        CxmlDocument document = read("posres-start-page.xml");

        assertThat(document.getHeader()).isNull();
        assertThat(document.status()).hasValueSatisfying(s -> assertThat(s.isSuccess()).isTrue());
        assertThat(document.getResponse().getPunchOutSetupResponse().startPageUrl())
                .contains("https://supplier.example/punchout/start/7f3c9a?lang=en");
    }

    @Test
    void readsCartWithClassificationManufacturerLeadTimeAndExtrinsics() {
        var cart = read("poom-cart.xml").getMessage().getPunchOutOrderMessage();

        assertThat(cart.getBuyerCookie()).isEqualTo("c0ffee-4711-session");
        assertThat(cart.getHeader().getOperationAllowed()).isEqualTo("edit");
        assertThat(cart.getHeader().getShipping().getDescription().getText()).isEqualTo("Ground");
        assertThat(cart.getHeader().getTax().getMoney().getAmount()).isEqualTo(new BigDecimal("7.40"));
        assertThat(cart.getItems()).hasSize(2);
        var detail = cart.getItems().get(0).getItemDetail();
        assertThat(detail.classification("unspsc")).contains("14111507");
        assertThat(detail.getManufacturerPartId()).isEqualTo("HP-CHP210");
        assertThat(detail.getManufacturerName()).isEqualTo("HP");
        assertThat(detail.getLeadTime()).isEqualTo(3);
        assertThat(detail.extrinsic("color")).contains("white");
        assertThat(detail.getUrl()).isEqualTo("https://supplier.example/p/PAPER-A4-500");
        assertThat(cart.getItems().get(1).extrinsic("ContractNumber")).contains("K-2024-7");
    }

    @Test
    void readsEmptyCartWithStatus() {
        CxmlDocument document = read("poom-empty-cart.xml");

        assertThat(document.status()).hasValueSatisfying(s -> {
            assertThat(s.getCode()).isEqualTo(204);
            assertThat(s.getContent()).isEqualTo("cart unchanged");
        });
        var cart = document.getMessage().getPunchOutOrderMessage();
        assertThat(cart.getItems()).isEmpty();
        assertThat(cart.getHeader().getTotal().getMoney().getCurrency()).isEqualTo("EUR");
    }

    @Test
    void readsNewOrderWithDistributionAndAccounting() {
        OrderRequest order = read("order-request-new.xml").getRequest().getOrderRequest();

        var header = order.getHeader();
        assertThat(header.getOrderId()).isEqualTo("PO-1001");
        assertThat(header.getOrderDate()).isEqualTo(OffsetDateTime.parse("2024-05-03T08:59:00-05:00"));
        assertThat(header.effectiveType()).isEqualTo("new");
        assertThat(header.getOrderVersion()).isEqualTo(1);
        assertThat(header.getTotal().getMoney().getAmount()).isEqualTo(new BigDecimal("113.33"));
        assertThat(header.getBillTo().getAddress().getName().getValue()).isEqualTo("Acme Accounts Payable");
        assertThat(header.getShipTo().getAddress().getPhone().getTelephoneNumber().getNumber()).isEqualTo("5550100");
        assertThat(header.getComments().getText()).isEqualTo("Deliver to loading dock B.");
        assertThat(header.extrinsic("requester")).contains("Jane Buyer");
        assertThat(header.getDocumentReference()).isNull();
        assertThat(order.getItems()).hasSize(2);
        var line = order.getItems().get(0);
        assertThat(line.getRequestedDeliveryDate()).isEqualTo(OffsetDateTime.parse("2024-05-10T00:00:00Z"));
        var distribution = line.getDistributions().get(0);
        assertThat(distribution.getAccounting().getName()).isEqualTo("DistributionCharge");
        assertThat(distribution.getAccounting().getSegments()).extracting(s -> s.getId()).containsExactly("6100", "CC-42");
        assertThat(distribution.getAccounting().getSegments().get(1).getDescription().getText()).isEqualTo("Facilities");
        assertThat(distribution.getCharge().getMoney().getAmount()).isEqualTo(new BigDecimal("90.00"));
        assertThat(order.getItems().get(1).getComments().getText()).isEqualTo("Grey if possible");
    }

    @Test
    void keepsCommentTextAroundAttachments() {
        String withAttachment = Fixtures.text("order-request-new.xml").replace(
                "<Comments xml:lang=\"en\">Deliver to loading dock B.</Comments>",
                "<Comments xml:lang=\"en\" type=\"delivery\">Deliver to <Attachment><URL>cid:plan@acme</URL></Attachment> dock B.</Comments>");

        var comments = reader.read(withAttachment).getRequest().getOrderRequest().getHeader().getComments();

        assertThat(comments.getText()).isEqualTo("Deliver to dock B.");
        assertThat(comments.getType()).isEqualTo("delivery");
        assertThat(comments.attachmentUrls()).containsExactly("cid:plan@acme");
        String written = new CxmlWriter().write(reader.read(withAttachment));
        assertThat(written).contains("<URL>cid:plan@acme</URL>");
    }

    @Test
    void readsOrderUpdateAndDeleteWithDocumentReference() {
        var update = read("order-request-update.xml").getRequest().getOrderRequest().getHeader();
        var delete = read("order-request-delete.xml").getRequest().getOrderRequest().getHeader();

        assertThat(update.effectiveType()).isEqualTo("update");
        assertThat(update.getOrderVersion()).isEqualTo(2);
        assertThat(update.getDocumentReference().getPayloadId()).isEqualTo("po-1001-v1@acme.coupahost.com");
        assertThat(delete.effectiveType()).isEqualTo("delete");
        assertThat(delete.getOrderVersion()).isEqualTo(3);
    }

    @Test
    void readsConfirmationRequest() {
        ConfirmationRequest confirmation = read("confirmation-request.xml").getRequest().getConfirmationRequest();

        assertThat(confirmation.getHeader().getType()).isEqualTo("detail");
        assertThat(confirmation.getHeader().getConfirmId()).isEqualTo("SO-5001");
        assertThat(confirmation.getOrderReference().getDocumentReference().getPayloadId())
                .isEqualTo("po-1001-v1@acme.coupahost.com");
        assertThat(confirmation.getItems()).hasSize(2);
        var backordered = confirmation.getItems().get(1).getStatuses().get(0);
        assertThat(backordered.getType()).isEqualTo("backordered");
        assertThat(backordered.getDeliveryDate()).isEqualTo(OffsetDateTime.parse("2024-05-13T12:00:00Z"));
        assertThat(backordered.getUnitPrice().getMoney().getAmount()).isEqualTo(new BigDecimal("23.33"));
        assertThat(backordered.getComments()).singleElement().satisfies(c -> assertThat(c.getText()).isEqualTo("Supplier stock-out"));
    }

    @Test
    void readsShipNoticeRequest() {
        ShipNoticeRequest notice = read("ship-notice-request.xml").getRequest().getShipNoticeRequest();

        assertThat(notice.getHeader().getShipmentId()).isEqualTo("SHIP-7001");
        assertThat(notice.getShipControls().get(0).getCarrierIdentifiers()).extracting(c -> c.getDomain() + "=" + c.getValue())
                .containsExactly("SCAC=UPSN", "companyName=UPS");
        assertThat(notice.getShipControls().get(0).getShipmentIdentifiers().get(0).getValue()).isEqualTo("1Z999AA10123456784");
        var item = notice.getPortions().get(0).getItems().get(0);
        assertThat(item.getQuantity()).isEqualByComparingTo("2");
        assertThat(item.getUnitOfMeasure()).isEqualTo("BX");
    }

    @Test
    void readsInvoiceWithTaxShippingAndDiscount() {
        InvoiceDetailRequest invoice = read("invoice-detail-request.xml").getRequest().getInvoiceDetailRequest();

        var header = invoice.getHeader();
        assertThat(header.getInvoiceId()).isEqualTo("INV-9001");
        assertThat(header.getPurpose()).isEqualTo("standard");
        assertThat(header.getLineIndicator().getIsTaxInLine()).isEqualTo("yes");
        assertThat(header.getPartners()).extracting(p -> p.getContact().getRole()).containsExactly("remitTo", "billTo");
        assertThat(header.getPaymentTerms().get(0).getPayInNumberOfDays()).isEqualTo(30);
        var order = invoice.getOrders().get(0);
        assertThat(order.getOrderInfo().orderId()).contains("PO-1001");
        var item = order.getItems().get(0);
        assertThat(item.getItemReference().getLineNumber()).isEqualTo(1);
        var taxDetail = item.getTax().getTaxDetails().get(0);
        assertThat(taxDetail.getCategory()).isEqualTo("sales");
        assertThat(taxDetail.getPercentageRate()).isEqualTo(new BigDecimal("8.25"));
        assertThat(taxDetail.getTaxAmount().getMoney().getAmount()).isEqualTo(new BigDecimal("7.43"));
        assertThat(item.getLineShipping().getMoney().getAmount()).isEqualTo(new BigDecimal("5.00"));
        assertThat(item.getLineShipping().getShipping().getContacts()).extracting(c -> c.getRole()).containsExactly("shipFrom", "shipTo");
        assertThat(item.getDiscount().getPercentageRate()).isEqualByComparingTo("2");
        assertThat(item.getNetAmount().getMoney().getAmount()).isEqualTo(new BigDecimal("100.63"));
        assertThat(invoice.getSummary().getDueAmount().getMoney().getAmount()).isEqualTo(new BigDecimal("100.63"));
    }

    @Test
    void readsLineLevelCreditMemoWithItsOriginalInvoice() {
        InvoiceDetailRequest memo = read("invoice-credit-memo.xml").getRequest().getInvoiceDetailRequest();

        var header = memo.getHeader();
        assertThat(header.getPurpose()).isEqualTo("lineLevelCreditMemo");
        assertThat(header.getDocumentReference().getPayloadId()).isEqualTo("inv-9001@supplier.example");
        assertThat(header.getInvoiceIdInfo().getInvoiceId()).isEqualTo("INV-9001");
        assertThat(header.getInvoiceIdInfo().getInvoiceDate()).isEqualTo("2024-05-07T09:00:00Z");
        var item = memo.getOrders().get(0).getItems().get(0);
        assertThat(item.getQuantity()).isEqualByComparingTo("-1");
        assertThat(item.getSubtotalAmount().getMoney().getAmount()).isEqualByComparingTo("-45.00");
    }

    @Test
    void readsProfileRequestAndResponse() {
        assertThat(read("profile-request.xml").getRequest().getProfileRequest()).isNotNull();
        var profile = read("profile-response.xml").getResponse().getProfileResponse();

        assertThat(profile.getEffectiveDate()).isEqualTo(OffsetDateTime.parse("2024-01-01T00:00:00Z"));
        assertThat(profile.getOptions()).singleElement().satisfies(o -> assertThat(o.getValue()).isEqualTo("en-US"));
        assertThat(profile.getTransactions()).extracting(t -> t.getRequestName() + " " + t.getUrl()).containsExactly(
                "PunchOutSetupRequest https://supplier.example/cxml/punchout",
                "OrderRequest https://supplier.example/cxml/orders");
    }

    @Test
    void readsStatusUpdateRequest() {
        var update = read("status-update-request.xml").getRequest().getStatusUpdateRequest();

        assertThat(update.getDocumentReference().getPayloadId()).isEqualTo("po-1001-v1@acme.coupahost.com");
        assertThat(update.getStatus().getCode()).isEqualTo(200);
        assertThat(update.getStatus().getContent()).isEqualTo("Order PO-1001 accepted as sales order SO-5001");
        assertThat(Extrinsic.find(update.getExtrinsics(), "SalesOrder")).contains("SO-5001");
    }

    @Test
    void readsErrorStatusResponse() {
        var status = read("response-status-error.xml").status().orElseThrow();

        assertThat(status.getCode()).isEqualTo(401);
        assertThat(status.getText()).isEqualTo("Unauthorized");
        assertThat(status.isSuccess()).isFalse();
        assertThat(status.getContent()).startsWith("Sender credential DUNS:123456789");
    }

    private static final class Extrinsic {
        static java.util.Optional<String> find(List<io.procurewire.cxml.model.Extrinsic> list, String name) {
            return io.procurewire.cxml.model.Extrinsic.find(list, name);
        }
    }
}
