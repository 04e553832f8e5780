package io.procurewire.cxml;

import static org.assertj.core.api.Assertions.assertThat;

import io.procurewire.cxml.model.CxmlDocument;
import io.procurewire.cxml.model.PunchOutSetupRequest;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** read -> write -> read gives the same model, and writing that again gives the same text. */
class RoundTripTest {

    final CxmlReader reader = new CxmlReader();
    final CxmlWriter writer = new CxmlWriter();

    @ParameterizedTest
    @ValueSource(strings = {
        "posr-coupa-create.xml", "posr-ariba-networkid.xml", "posr-edit-with-itemout.xml", "posr-inspect.xml",
        "posr-precoro.xml", "posr-contact-before-browserformpost.xml", "posr-timestamp-without-zone.xml",
        "posr-timestamp-compact-offset.xml", "posr-timestamp-space-separator.xml", "posr-shared-secret-none.xml",
        "posr-utf8-bom.xml", "posr-iso-8859-1.xml", "posr-unknown-elements.xml", "posr-buyer-cookie-markup.xml",
        "posres-start-page.xml", "poom-cart.xml", "poom-empty-cart.xml", "order-request-new.xml",
        "order-request-update.xml", "order-request-delete.xml", "confirmation-request.xml", "ship-notice-request.xml",
        "invoice-detail-request.xml", "profile-request.xml", "profile-response.xml", "status-update-request.xml",
        "response-status-error.xml"})
    void readWriteReadIsStable(String fixture) {
        CxmlDocument first = reader.read(Fixtures.bytes(fixture));
        String written = writer.write(first);
        CxmlDocument second = reader.read(written);
        String rewritten = writer.write(second);

        assertThat(second).usingRecursiveComparison().usingOverriddenEquals().isEqualTo(first);
        assertThat(rewritten).isEqualTo(written);
    }

    @Test
    void senderWithoutUserAgentGetsTheDefaultOnWrite() {
        CxmlDocument document = reader.read(Fixtures.bytes("posr-sender-without-useragent.xml"));

        String written = writer.write(document);

        assertThat(written).contains("<UserAgent>" + CxmlWriter.DEFAULT_USER_AGENT + "</UserAgent>");
        assertThat(reader.read(written).getHeader().getSender().getUserAgent()).isEqualTo(CxmlWriter.DEFAULT_USER_AGENT);
    }

    @Test
    void keepsCoupaSetupRequestContent() {
        CxmlDocument document = reader.read(writer.write(reader.read(Fixtures.bytes("posr-coupa-create.xml"))));

        assertThat(document.getPayloadId()).isEqualTo("1714558530.4711@acme.coupahost.com");
        assertThat(document.getTimestamp()).isEqualTo(OffsetDateTime.parse("2024-05-01T10:15:30-05:00"));
        assertThat(document.getHeader().getSender().getUserAgent()).isEqualTo("Coupa Procurement 1.0");
        assertThat(document.getHeader().getSender().getCredentials().get(0).getSharedSecret()).isEqualTo("s3cr3t-Pa55");
        PunchOutSetupRequest setup = document.getRequest().getPunchOutSetupRequest();
        assertThat(setup.getOperation()).isEqualTo("create");
        assertThat(setup.getBuyerCookie()).isEqualTo("c0ffee-4711-session");
        assertThat(setup.extrinsic("useremail")).contains("jane.buyer@acme.example");
        assertThat(setup.browserFormPostUrl()).contains("https://acme.coupahost.com/punchout/checkout?id=42");
        assertThat(setup.getShipTo().getAddress().getPostalAddress().getStreets()).containsExactly("1 Main Street", "Suite 200");
        assertThat(setup.validate()).isEmpty();
    }

    @Test
    void keepsCartAmountsAsExactDecimalsAndNonAsciiText() {
        CxmlDocument document = reader.read(writer.writeBytes(reader.read(Fixtures.bytes("poom-cart.xml"))));

        var cart = document.getMessage().getPunchOutOrderMessage();
        assertThat(cart.getHeader().getTotal().getMoney().getAmount()).isEqualTo(new BigDecimal("137.40"));
        assertThat(cart.getItems().get(1).getItemDetail().getUnitPrice().getMoney().getAmount())
                .isEqualTo(new BigDecimal("23.333"));
        var description = cart.getItems().get(0).getItemDetail().getDescriptions().get(0);
        assertThat(description.getShortName()).isEqualTo("A4 paper");
        assertThat(description.getText()).isEqualTo("Copy paper A4 80g, 5 reams of 500 sheets");
        assertThat(cart.getItems().get(1).getItemDetail().getDescriptions().get(0).getText()).contains("Größe");
    }

    @Test
    void echoesBuyerCookieMarkupUnchanged() {
        PunchOutSetupRequest setup = reader.read(Fixtures.bytes("posr-buyer-cookie-markup.xml")).getRequest()
                .getPunchOutSetupRequest();
        var cart = new io.procurewire.cxml.model.PunchOutOrderMessage().withBuyerCookie(setup.getBuyerCookie());

        assertThat(cart.getBuyerCookieContent().hasMarkup()).isTrue();
        assertThat(cart.getBuyerCookie()).isEqualTo("<session id=\"77\">abc &amp; def</session>");
    }
}
