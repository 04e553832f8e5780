package io.procurewire.cxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rejection carries the cXML status to answer and a message that says exactly what is wrong. */
class RejectsHostileAndBrokenInputTest {

    final CxmlReader reader = new CxmlReader();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "negative/xxe-external-entity.xml           | DOCTYPE declares entities; entity declarations are not allowed",
        "negative/xxe-external-parameter-entity.xml | DOCTYPE declares entities; entity declarations are not allowed",
        "negative/billion-laughs.xml                | DOCTYPE declares entities; entity declarations are not allowed",
        "negative/wrong-root.xml                    | root element must be cXML but was Foo",
        "negative/missing-header-from.xml           | missing required element Header/From",
        "negative/missing-payload-id.xml            | missing required attribute cXML@payloadID",
        "negative/request-and-response.xml          | cXML must contain exactly one of Request, Response or Message but contained Request and Response",
        "negative/bad-timestamp.xml                 | invalid timestamp 'yesterday at noon': expected ISO 8601 such as 2024-05-01T10:15:30-05:00 (at line 3, column 119)",
        "negative/truncated.xml                     | XML is not well-formed at line 22, column 4: XML document structures must start and end within the same entity.",
    })
    void rejectsWithExactMessageAndStatus400(String fixture, String message) {
        byte[] bytes = Fixtures.bytes(fixture);

        for (Runnable read : new Runnable[] {
            () -> reader.read(bytes),
            () -> reader.read(new ByteArrayInputStream(bytes)),
            () -> reader.read(new String(bytes, StandardCharsets.UTF_8)),
        }) {
            CxmlReadException e = catchThrowableOfType(CxmlReadException.class, read::run);
            assertThat(e).as(fixture).isNotNull();
            assertThat(e.statusCode()).isEqualTo(400);
            assertThat(e.getMessage()).isEqualTo(message);
        }
    }

    @Test
    void neverFetchesTheExternalEntity() {
        // the entity points at a file that exists; nothing of it may appear anywhere, the read must fail first
        CxmlReadException e = catchThrowableOfType(CxmlReadException.class,
                () -> reader.read(Fixtures.bytes("negative/xxe-external-entity.xml")));

        assertThat(e.getMessage()).doesNotContain("root:");
        assertThat(e.toResponse().getResponse().getStatus().getContent()).doesNotContain("root:");
    }

    @Test
    void rejectsEntityDeclarationInUtf16Document() {
        byte[] utf16 = new String(Fixtures.bytes("negative/billion-laughs.xml"), StandardCharsets.UTF_8)
                .replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"").getBytes(StandardCharsets.UTF_16);

        assertThatThrownBy(() -> reader.read(utf16)).isInstanceOf(CxmlReadException.class)
                .hasMessage("DOCTYPE declares entities; entity declarations are not allowed");
    }

    @Test
    void rejectsOversizedDocumentWhileStreamingWithoutReadingItAll() {
        CxmlReader small = new CxmlReader(new CxmlReader.Options(4096));
        AtomicLong served = new AtomicLong();
        // an endless document: the limit must stop reading, a check after reading would never return
        InputStream endless = new InputStream() {
            final byte[] start = ("<?xml version=\"1.0\"?><cXML payloadID=\"big\" timestamp=\"2024-05-01T10:15:30Z\">"
                    + "<Response><Status code=\"200\" text=\"OK\">").getBytes(StandardCharsets.US_ASCII);

            @Override
            public int read() throws IOException {
                long n = served.getAndIncrement();
                return n < start.length ? start[(int) n] : 'x';
            }
        };

        CxmlReadException e = catchThrowableOfType(CxmlReadException.class, () -> small.read(endless));

        assertThat(e.statusCode()).isEqualTo(400);
        assertThat(e.getMessage()).isEqualTo("document exceeds the maximum size of 4096 bytes");
        assertThat(served.get()).isLessThan(4096 + 70_000);
    }

    @Test
    void defaultLimitIsFiveMebibytes() {
        StringBuilder big = new StringBuilder("<?xml version=\"1.0\"?><cXML payloadID=\"big\" timestamp=\"2024-05-01T10:15:30Z\">"
                + "<Response><Status code=\"200\" text=\"OK\">");
        while (big.length() <= 5 * 1024 * 1024) {
            big.append("padding padding padding padding padding padding padding padding ");
        }
        big.append("</Status></Response></cXML>");
        byte[] bytes = big.toString().getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> reader.read(bytes)).isInstanceOf(CxmlReadException.class)
                .hasMessage("document exceeds the maximum size of 5242880 bytes");
        assertThatThrownBy(() -> reader.read(big.toString())).isInstanceOf(CxmlReadException.class)
                .hasMessage("document exceeds the maximum size of 5242880 bytes");
    }

    @Test
    void rejectsEmptyAndNonXmlInput() {
        assertThatThrownBy(() -> reader.read(new byte[0])).isInstanceOf(CxmlReadException.class)
                .hasMessageStartingWith("XML is not well-formed");
        assertThatThrownBy(() -> reader.read("user=jane&password=x")).isInstanceOf(CxmlReadException.class)
                .hasMessage("XML is not well-formed at line 1, column 1: Content is not allowed in prolog.");
        assertThatThrownBy(() -> reader.read((String) null)).isInstanceOf(CxmlReadException.class).hasMessage("empty document");
    }

    @Test
    void rejectsRequestWithoutHeaderAndNamesEachMissingCredentialPart() {
        String noHeader = Fixtures.text("posr-coupa-create.xml").replaceAll("(?s)<Header>.*</Header>", "");
        String noSender = Fixtures.text("posr-coupa-create.xml").replaceAll("(?s)<Sender>.*</Sender>", "");
        String noIdentity = Fixtures.text("posr-coupa-create.xml").replace("<Identity>987654321</Identity>", "");
        String noDomain = Fixtures.text("posr-coupa-create.xml").replaceFirst("<Credential domain=\"DUNS\">", "<Credential>");

        assertThatThrownBy(() -> reader.read(noHeader)).hasMessage("missing required element Header");
        assertThatThrownBy(() -> reader.read(noSender)).hasMessage("missing required element Header/Sender");
        assertThatThrownBy(() -> reader.read(noIdentity)).hasMessage("missing required element Header/To/Credential/Identity");
        assertThatThrownBy(() -> reader.read(noDomain)).hasMessage("missing required attribute Header/From/Credential@domain");
    }

    @Test
    void answers450ForRequestsItDoesNotSupport() {
        String catalog = Fixtures.text("profile-request.xml").replace("<ProfileRequest/>", "<CatalogUploadRequest/>");

        CxmlReadException e = catchThrowableOfType(CxmlReadException.class, () -> reader.read(catalog));

        assertThat(e.statusCode()).isEqualTo(450);
        assertThat(e.getMessage()).isEqualTo("Request contains CatalogUploadRequest, which is not supported; supported: "
                + "PunchOutSetupRequest, OrderRequest, ConfirmationRequest, ShipNoticeRequest, InvoiceDetailRequest, "
                + "ProfileRequest, StatusUpdateRequest");
        assertThat(e.toResponse().getResponse().getStatus().getText()).isEqualTo("Not Implemented");
    }

    @Test
    void rejectsAmountThatIsNotANumber() {
        String bad = Fixtures.text("poom-cart.xml").replace(">137.40<", ">137,40 USD<");

        assertThatThrownBy(() -> reader.read(bad)).isInstanceOf(CxmlReadException.class)
                .hasMessageStartingWith("invalid number '137,40 USD' (at line ");
    }

    @Test
    void rejectsIntegerThatIsNotANumber() {
        String badLine = Fixtures.text("poom-cart.xml").replace("lineNumber=\"1\"", "lineNumber=\"one\"");
        String badCode = Fixtures.text("response-status-error.xml").replace("code=\"401\"", "code=\"abc\"");

        assertThatThrownBy(() -> reader.read(badLine)).isInstanceOf(CxmlReadException.class)
                .hasMessageStartingWith("invalid integer 'one' (at line ");
        assertThatThrownBy(() -> reader.read(badCode)).isInstanceOf(CxmlReadException.class)
                .hasMessageStartingWith("invalid integer 'abc' (at line ");
    }

    @Test
    void rejectsUndeclaredEntityReference() {
        String nbsp = Fixtures.text("poom-cart.xml").replace(">HP<", ">H&nbsp;P<");

        assertThatThrownBy(() -> reader.read(nbsp)).isInstanceOf(CxmlReadException.class)
                .hasMessage("XML is not well-formed at line 51, column 36: The entity \"nbsp\" was referenced, but not declared.");
    }

    @Test
    void rejectsAbsurdlyDeepNesting() {
        String deep = Fixtures.text("poom-cart.xml").replace("<Extrinsic name=\"Color\">white</Extrinsic>",
                "<Extrinsic name=\"Color\">" + "<a>".repeat(5000) + "x" + "</a>".repeat(5000) + "</Extrinsic>");

        assertThatThrownBy(() -> reader.read(deep)).isInstanceOfSatisfying(CxmlReadException.class,
                e -> assertThat(e.statusCode()).isEqualTo(400)).hasMessageStartingWith("XML is not well-formed at line 54");
    }

    @Test
    void rejectsMissingBody() {
        String empty = "<cXML payloadID=\"p\" timestamp=\"2024-05-01T10:15:30Z\"/>";

        assertThatThrownBy(() -> reader.read(empty)).hasMessage("cXML must contain one of Request, Response or Message");
    }
}
