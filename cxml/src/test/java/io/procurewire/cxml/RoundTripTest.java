package io.procurewire.cxml;

import static org.assertj.core.api.Assertions.assertThat;

import io.procurewire.cxml.model.CxmlDocument;
import io.procurewire.cxml.model.PunchOutSetupRequest;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RoundTripTest {

    final CxmlReader reader = new CxmlReader();
    final CxmlWriter writer = new CxmlWriter();

    @ParameterizedTest
    @ValueSource(strings = {"posr-coupa-create.xml", "poom-cart.xml"})
    void readWriteReadIsStable(String fixture) {
        CxmlDocument first = reader.read(Fixtures.bytes(fixture));
        String written = writer.write(first);
        CxmlDocument second = reader.read(written);
        String rewritten = writer.write(second);

        assertThat(rewritten).isEqualTo(written);
        assertThat(second).usingRecursiveComparison().isEqualTo(first);
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
    void keepsCartAmountsAsExactDecimals() {
        CxmlDocument document = reader.read(writer.write(reader.read(Fixtures.bytes("poom-cart.xml"))));

        var cart = document.getMessage().getPunchOutOrderMessage();
        assertThat(cart.getHeader().getTotal().getMoney().getAmount()).isEqualByComparingTo(new BigDecimal("137.40"));
        assertThat(cart.getItems().get(1).getItemDetail().getUnitPrice().getMoney().getAmount())
                .isEqualTo(new BigDecimal("23.333"));
        assertThat(cart.getItems().get(0).getItemDetail().getDescriptions().get(0).getShortName()).isEqualTo("A4 paper");
        assertThat(cart.getItems().get(0).getItemDetail().getDescriptions().get(0).getText())
                .isEqualTo("Copy paper A4 80g, 5 reams of 500 sheets");
        assertThat(cart.getItems().get(1).getItemDetail().getDescriptions().get(0).getText()).contains("Größe");
    }

    @Test
    void statusResponseHasStandardTextAndDetail() {
        String written = writer.write(CxmlStatus.response(401, "shared secret does not match"));

        assertThat(written).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE cXML SYSTEM \"http://xml.cxml.org/schemas/cXML/1.2.069/cXML.dtd\">\n");
        assertThat(written).contains(
                "<Status code=\"401\" text=\"Unauthorized\" xml:lang=\"en-US\">shared secret does not match</Status>");
        CxmlDocument read = reader.read(written);
        assertThat(read.status()).hasValueSatisfying(s -> {
            assertThat(s.getCode()).isEqualTo(401);
            assertThat(s.isSuccess()).isFalse();
        });
    }
}
