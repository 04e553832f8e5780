package io.procurewire.cxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.procurewire.cxml.model.CxmlDocument;
import io.procurewire.cxml.model.Credential;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Element;

/** What real systems send: accepted where it is harmless, refused by name where it is not. */
class RealWorldDocumentsTest {

    final CxmlReader reader = new CxmlReader();
    final CxmlWriter writer = new CxmlWriter();

    /** Each document read as bytes, as a stream and as a string must give the same outcome. */
    private CxmlReadException refusal(String fixture) {
        byte[] bytes = Fixtures.bytes(fixture);
        CxmlReadException first = null;
        for (Function<byte[], CxmlDocument> read : java.util.List.<Function<byte[], CxmlDocument>>of(
                reader::read,
                b -> reader.read(new java.io.ByteArrayInputStream(b)),
                b -> reader.read(new String(b, StandardCharsets.UTF_8)))) {
            CxmlReadException e = catchThrowableOfType(CxmlReadException.class, () -> read.apply(bytes));
            assertThat(e).as(fixture).isNotNull();
            if (first != null) {
                assertThat(e.getMessage()).isEqualTo(first.getMessage());
                assertThat(e.statusCode()).isEqualTo(first.statusCode());
            }
            first = e;
        }
        return first;
    }

    // ------------------------------------------------------------------ timestamps

    @Test
    void readsRuby18TimeToSTimestampOfOldCoupa() {
        CxmlDocument document = reader.read(Fixtures.bytes("posr-timestamp-ruby18.xml"));

        assertThat(document.getTimestamp()).isEqualTo(OffsetDateTime.parse("2008-05-19T18:29:48Z"));
        assertThat(writer.write(document)).contains("timestamp=\"2008-05-19T18:29:48+00:00\"");
    }

    // ------------------------------------------------------------------ internal DTD subsets

    @Test
    void acceptsInternalSubsetThatDeclaresEntitiesNobodyUsesAndExpandsNothing() {
        CxmlDocument document = reader.read(Fixtures.bytes("posr-internal-subset-unused-entities.xml"));

        assertThat(document.getRequest().getPunchOutSetupRequest().extrinsic("BusinessUnit"))
                .contains("Facilities &supplierName; &supplierName;");
        assertThat(reader.read(Fixtures.text("posr-internal-subset-unused-entities.xml")).getPayloadId())
                .isEqualTo(document.getPayloadId());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "negative/entity-referenced-in-text.xml      | document references the entity 'company' declared in its DOCTYPE; entities are never expanded",
        "negative/entity-referenced-in-attribute.xml | document references the entity 'unit' declared in its DOCTYPE; entities are never expanded",
        "negative/parameter-entity-in-conditional-section.xml | DOCTYPE declares entities; entity declarations are not allowed",
        "negative/xxe-external-entity.xml            | DOCTYPE declares entities; entity declarations are not allowed",
        "negative/xxe-external-parameter-entity.xml  | DOCTYPE declares entities; entity declarations are not allowed",
        "negative/billion-laughs.xml                 | DOCTYPE declares entities; entity declarations are not allowed",
    })
    void refusesDocumentsThatUseDeclaredEntitiesAndEveryEntityAttack(String fixture, String message) {
        CxmlReadException e = refusal(fixture);

        assertThat(e.statusCode()).isEqualTo(400);
        assertThat(e.getMessage()).isEqualTo(message);
    }

    @Test
    void refusesEntityUseInUtf16DocumentsToo() {
        byte[] utf16 = Fixtures.text("negative/entity-referenced-in-text.xml")
                .replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"").getBytes(StandardCharsets.UTF_16);

        assertThatThrownBy(() -> reader.read(utf16)).isInstanceOf(CxmlReadException.class)
                .hasMessage("document references the entity 'company' declared in its DOCTYPE; entities are never expanded");
    }

    @Test
    void refusesADoctypeTooLongToCheck() {
        String padded = Fixtures.text("posr-coupa-create.xml").replace(
                "<!DOCTYPE cXML SYSTEM \"http://xml.cxml.org/schemas/cXML/1.2.069/cXML.dtd\">",
                "<!DOCTYPE cXML [\n<!-- " + "padding ".repeat(10_000) + " -->\n<!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>");

        assertThatThrownBy(() -> reader.read(padded)).isInstanceOf(CxmlReadException.class)
                .hasMessage("DOCTYPE is longer than 65536 bytes; its internal subset cannot be checked");
        assertThatThrownBy(() -> reader.read(padded.getBytes(StandardCharsets.UTF_8))).isInstanceOf(CxmlReadException.class)
                .hasMessage("DOCTYPE is longer than 65536 bytes; its internal subset cannot be checked");
    }

    // ------------------------------------------------------------------ credentials

    @Test
    void readsCredentialsWithEmptyDomainOrIdentityForTheEndpointToRefuse() {
        CxmlDocument document = reader.read(Fixtures.bytes("posr-empty-credentials.xml"));

        assertThat(document.getHeader().getFrom().getCredentials().get(0).getDomain()).isEmpty();
        assertThat(document.getHeader().getSender().getCredentials().get(0).getIdentity()).isEmpty();
        assertThat(Credentials.emptyField(document.getHeader())).contains("empty Header/From/Credential@domain");
        assertThat(Credentials.sameIdentity(document.getHeader().getSender().getCredentials().get(0), "DUNS", ""))
                .isFalse();
    }

    // ------------------------------------------------------------------ lower-case root, namespaces, signatures

    @Test
    void readsLowerCaseRootAndWritesItAsCxml() {
        CxmlDocument lower = reader.read(Fixtures.bytes("posr-lowercase-root.xml"));

        RoundTripTest.assertSameModel(lower, reader.read(Fixtures.bytes("posr-coupa-create.xml")));
        assertThat(writer.write(lower)).contains("\n<cXML ").doesNotContain("<cxml");
    }

    @Test
    void stillRefusesOtherRootsWithTheExactMessage() {
        assertThatThrownBy(() -> reader.read(Fixtures.text("posr-coupa-create.xml").replace("cXML ", "CXML ")
                .replace("</cXML>", "</CXML>"))).hasMessage("root element must be cXML but was CXML");
    }

    @Test
    void readsNamespaceQualifiedDocumentsAsIfUnqualified() {
        CxmlDocument prefixed = reader.read(Fixtures.bytes("poom-prefixed-namespace.xml"));

        RoundTripTest.assertSameModel(prefixed, reader.read(Fixtures.bytes("poom-cart.xml")));
        assertThat(writer.write(prefixed)).doesNotContain("cx:").doesNotContain("urn:example:cxml-1.2");
    }

    @Test
    void keepsSignatureMaterialAvailable() {
        CxmlDocument signed = reader.read(Fixtures.bytes("order-request-namespaced-signed.xml"));

        assertThat(signed.getSignatureVersion()).isEqualTo("1.0");
        assertThat(signed.getRequest().getOrderRequest().getItems()).hasSize(2);
        Credential sender = signed.getHeader().getSender().getCredentials().get(0);
        assertThat(sender.getSharedSecret()).isNull();
        assertThat(sender.getCredentialMac()).satisfies(mac -> {
            assertThat(mac.getType()).isEqualTo("FromSenderCredentials");
            assertThat(mac.getAlgorithm()).isEqualTo("HMAC-SHA1-96");
            assertThat(mac.getCreationDate()).isEqualTo("2024-05-03T08:00:00-05:00");
            assertThat(mac.getExpirationDate()).isEqualTo("2024-05-04T08:00:00-05:00");
            assertThat(mac.getValue()).isEqualTo("kHk6vqX1Yx3LPuQ9");
        });
        assertThat(signed.getSignatures()).hasSize(1);
        Element signature = signed.getSignatures().get(0);
        assertThat(signature.getNamespaceURI()).isEqualTo(CxmlReader.XMLDSIG_NAMESPACE);
        assertThat(signature.getLocalName()).isEqualTo("Signature");
        assertThat(signature.getElementsByTagNameNS(CxmlReader.XMLDSIG_NAMESPACE, "SignatureValue").item(0)
                .getTextContent()).isEqualTo("Rml4dHVyZVNpZ25hdHVyZVZhbHVlT25seQ==");

        CxmlDigitalSignatureCheck.assertDigitalSignature(reader.read(Fixtures.bytes("posr-digital-signature.xml")));
    }

    @Test
    void ignoresUnknownElementsAfterTheBodyButKeepsSignatures() {
        CxmlDocument document = reader.read(Fixtures.bytes("posr-unknown-elements.xml"));

        assertThat(document.getSignatures()).extracting(Element::getLocalName).containsOnly("Signature");
    }

    // ------------------------------------------------------------------ syntax errors first

    @Test
    void reportsTheSyntaxErrorEvenWhenAValueErrorComesEarlierInTheText() {
        CxmlReadException e = refusal("negative/empty-timestamp-then-unclosed-tag.xml");

        assertThat(e.statusCode()).isEqualTo(400);
        assertThat(e.getMessage()).isEqualTo("XML is not well-formed at line 56, column 7: The element type \"Extrinsic\" "
                + "must be terminated by the matching end-tag \"</Extrinsic>\".");
    }

    @Test
    void reportsGarbageAfterTheRootElementAsASyntaxError() {
        String trailing = Fixtures.text("posr-coupa-create.xml").replace("</cXML>", "</cXML>\n<cXML>");

        assertThatThrownBy(() -> reader.read(trailing)).isInstanceOf(CxmlReadException.class)
                .hasMessageStartingWith("XML is not well-formed at line 59");
    }

    @Test
    void stillReportsTheValueErrorOfAWellFormedDocument() {
        String emptyTimestamp = Fixtures.text("posr-coupa-create.xml").replace("timestamp=\"2024-05-01T10:15:30-05:00\"",
                "timestamp=\"\"");

        assertThatThrownBy(() -> reader.read(emptyTimestamp)).isInstanceOf(CxmlReadException.class)
                .hasMessage("invalid timestamp '': expected ISO 8601 such as 2024-05-01T10:15:30-05:00 (at line 3, column 102)");
    }

    // ------------------------------------------------------------------ answering by name

    @Test
    void answers450NamingAnUnsupportedRequest() {
        CxmlReadException e = refusal("negative/catalog-upload-request.xml");

        assertThat(e.statusCode()).isEqualTo(450);
        assertThat(e.getMessage()).isEqualTo("Request contains CatalogUploadRequest, which is not supported; supported: "
                + "PunchOutSetupRequest, OrderRequest, ConfirmationRequest, ShipNoticeRequest, InvoiceDetailRequest, "
                + "ProfileRequest, StatusUpdateRequest");
    }

    @Test
    void answers450NamingAnUnsupportedMessage() {
        CxmlReadException e = refusal("negative/data-available-message.xml");

        assertThat(e.statusCode()).isEqualTo(450);
        assertThat(e.getMessage()).isEqualTo(
                "Message contains DataAvailableMessage, which is not supported; supported: PunchOutOrderMessage");
    }

    @Test
    void refusesARequestWithASupportedAndAnUnknownPayloadNamingBoth() {
        String two = Fixtures.text("profile-request.xml").replace("<ProfileRequest/>", "<ProfileRequest/><GetPendingRequest/>");

        assertThatThrownBy(() -> reader.read(two)).isInstanceOfSatisfying(CxmlReadException.class,
                e -> assertThat(e.statusCode()).isEqualTo(400))
                .hasMessage("Request must contain exactly one request but contained ProfileRequest and GetPendingRequest");
    }

    @Test
    void keepsAnUnknownResponsePayloadAvailableNextToItsStatus() {
        CxmlDocument document = reader.read(Fixtures.bytes("response-get-pending.xml"));

        assertThat(document.status()).get().satisfies(status -> assertThat(status.getCode()).isEqualTo(200));
        assertThat(document.getResponse().unsupportedPayloadNames()).containsExactly("GetPendingResponse");
        assertThat(document.getResponse().getUnsupportedPayloads().get(0).getElementsByTagName("InternalID").item(0)
                .getTextContent()).isEqualTo("pending-42");
        assertThat(writer.write(document)).contains("<GetPendingResponse>").contains("<InternalID>pending-42</InternalID>");
    }

    @Test
    void answers450ForAnEmptyRequestAndAnEmptyMessage() {
        String emptyRequest = Fixtures.text("profile-request.xml").replace("<ProfileRequest/>", "");
        String emptyMessage = Fixtures.text("negative/data-available-message.xml")
                .replaceAll("(?s)<DataAvailableMessage>.*</DataAvailableMessage>", "");

        assertThatThrownBy(() -> reader.read(emptyRequest)).isInstanceOfSatisfying(CxmlReadException.class,
                e -> assertThat(e.statusCode()).isEqualTo(450))
                .hasMessage("Request contains no supported request (supported: PunchOutSetupRequest, OrderRequest, "
                        + "ConfirmationRequest, ShipNoticeRequest, InvoiceDetailRequest, ProfileRequest, StatusUpdateRequest)");
        assertThatThrownBy(() -> reader.read(emptyMessage)).isInstanceOfSatisfying(CxmlReadException.class,
                e -> assertThat(e.statusCode()).isEqualTo(450))
                .hasMessage("Message contains no supported message (supported: PunchOutOrderMessage)");
    }

    @Test
    void refusesAnOrderRequestWithoutHeader() {
        String noHeader = Fixtures.text("order-request-new.xml")
                .replaceAll("(?s)<OrderRequestHeader .*</OrderRequestHeader>", "");

        assertThatThrownBy(() -> reader.read(noHeader)).isInstanceOf(CxmlReadException.class)
                .hasMessage("missing required element Request/OrderRequest/OrderRequestHeader");
    }

    @Test
    void refusesAnOrderRequestWhoseItemOutLinesAreNotAtItsLevel() {
        CxmlReadException e = refusal("negative/order-request-itemout-not-at-order-level.xml");

        assertThat(e.statusCode()).isEqualTo(400);
        assertThat(e.getMessage()).isEqualTo("OrderRequest has no ItemOut");
    }
}
