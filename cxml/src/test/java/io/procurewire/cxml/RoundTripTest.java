package io.procurewire.cxml;

import static org.assertj.core.api.Assertions.assertThat;

import io.procurewire.cxml.model.CxmlDocument;
import io.procurewire.cxml.model.PunchOutSetupRequest;
import java.math.BigDecimal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/**
 * For every fixture: read -> write gives a document valid against the DTD subset, read again gives the same model, and
 * writing that again gives the same text.
 */
class RoundTripTest {

    final CxmlReader reader = new CxmlReader();
    final CxmlWriter writer = new CxmlWriter();

    /** Every fixture that is not a negative one: the round trip is a property of the whole suite, not of a list. */
    static List<String> allFixtures() throws IOException {
        Path root = Path.of("src/test/resources/fixtures");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".xml"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> !name.startsWith("negative/"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void theRoundTripCoversEveryFixture() throws IOException {
        assertThat(allFixtures()).hasSizeGreaterThanOrEqualTo(40)
                .contains("order-request-full-detail.xml", "invoice-contract-backed.xml", "poom-prefixed-namespace.xml");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allFixtures")
    void everyFixtureReadsWritesDtdValidAndReadsBackToTheSameModel(String fixture) {
        CxmlDocument first = reader.read(Fixtures.bytes(fixture));
        String written = writer.write(first);

        assertThat(DtdSubset.violations(written)).as("DTD violations in%n%s", written).isEmpty();
        CxmlDocument second = reader.read(written);
        assertSameModel(second, first);
        assertThat(writer.write(second)).isEqualTo(written);
    }

    /** Model-to-model: every field, DOM content (Extrinsic markup, signatures, unsupported payloads) by content. */
    static void assertSameModel(CxmlDocument actual, CxmlDocument expected) {
        assertThat(actual).usingRecursiveComparison().usingOverriddenEquals()
                .withEqualsForType(DomEquality::same, Element.class)
                .isEqualTo(expected);
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
