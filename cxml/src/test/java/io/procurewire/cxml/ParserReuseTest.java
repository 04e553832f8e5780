package io.procurewire.cxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.procurewire.cxml.model.CxmlDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

/**
 * The reader keeps one StAX parser per thread and hands it document after document: what it relies on and what it
 * bounds.
 */
class ParserReuseTest {

    private final CxmlReader reader = new CxmlReader();
    private final CxmlWriter writer = new CxmlWriter();

    /** JAXB is told not to intern names again; that is only right if the JDK's reader gives every one interned. */
    @Test
    void theJdkReaderGivesEveryNamePrefixAndNamespaceInterned() throws Exception {
        List<String> notInterned = new ArrayList<>();
        for (Path fixture : fixtures(true)) {
            XMLStreamReader xml = CxmlReader.factory().createXMLStreamReader(new ByteArrayInputStream(Files.readAllBytes(fixture)));
            assertThat(xml.getClass().getName()).isEqualTo(CxmlReader.JDK_STREAM_READER);
            try {
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT) {
                        check(notInterned, fixture, xml.getLocalName(), xml.getNamespaceURI(), xml.getPrefix());
                        for (int i = 0; i < xml.getNamespaceCount(); i++) {
                            check(notInterned, fixture, xml.getNamespacePrefix(i), xml.getNamespaceURI(i));
                        }
                    }
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        for (int i = 0; i < xml.getAttributeCount(); i++) {
                            check(notInterned, fixture, xml.getAttributeLocalName(i), xml.getAttributeNamespace(i),
                                    xml.getAttributePrefix(i));
                        }
                    }
                }
            } catch (XMLStreamException e) {
                // negative fixtures end early; what was read up to there was checked
            } finally {
                xml.close();
            }
        }
        assertThat(notInterned).isEmpty();
    }

    private static void check(List<String> notInterned, Path fixture, String... names) {
        for (String name : names) {
            if (name != null && name != name.intern()) {
                notInterned.add(fixture.getFileName() + ": " + name);
            }
        }
    }

    @Test
    void aParserThatFailedOnAHostileOrBrokenDocumentReadsTheNextDocumentLikeAFreshOne() throws IOException {
        byte[] good = Fixtures.bytes("posr-coupa-create.xml");
        String expected = writer.write(new CxmlReader().read(good));
        for (Path negative : Files.list(Path.of("src/test/resources/fixtures/negative")).sorted().toList()) {
            byte[] bad = Files.readAllBytes(negative);
            assertThatThrownBy(() -> reader.read(bad)).as(negative.toString()).isInstanceOf(CxmlReadException.class);
            // the same thread, so the same pooled parser: nothing of the failed parse may leak into this one
            assertThat(writer.write(reader.read(good))).as("after " + negative).isEqualTo(expected);
            assertThat(writer.write(reader.read(new String(good, StandardCharsets.UTF_8)))).isEqualTo(expected);
        }
    }

    @Test
    void aDocumentStoppedByTheSizeLimitLeavesTheParserUsable() {
        CxmlReader small = new CxmlReader(new CxmlReader.Options(4096));
        String big = Fixtures.text("posr-coupa-create.xml").replace("</Extrinsic>", "</Extrinsic>" + "<X/>".repeat(2000));
        assertThatThrownBy(() -> small.read(big.getBytes(StandardCharsets.UTF_8))).isInstanceOf(CxmlReadException.class)
                .hasMessage("document exceeds the maximum size of 4096 bytes");
        assertThat(small.read(Fixtures.bytes("posr-coupa-create.xml")).getPayloadId()).isNotBlank();
    }

    @Test
    void thePooledParserDoesNotKeepTheLastDocumentReachable() throws InterruptedException {
        assertUnreachable(readBytes(false));
        // a parse that fails half-way leaves the parser in the middle of its input
        assertUnreachable(readBytes(true));
        assertUnreachable(readText());
    }

    /** Reads a 200 kB document (broken after its padding if asked) and keeps nothing of it but a weak reference. */
    private WeakReference<byte[]> readBytes(boolean broken) {
        byte[] document = broken ? brokenAtTheEnd().getBytes(StandardCharsets.UTF_8) : padded(200_000);
        try {
            assertThat(reader.read(document).getPayloadId()).isNotBlank();
            assertThat(broken).isFalse();
        } catch (CxmlReadException e) {
            assertThat(broken).isTrue();
        }
        return new WeakReference<>(document);
    }

    private WeakReference<String> readText() {
        String document = brokenAtTheEnd();
        assertThatThrownBy(() -> reader.read(document)).isInstanceOf(CxmlReadException.class);
        return new WeakReference<>(document);
    }

    private static String brokenAtTheEnd() {
        return new String(padded(200_000), StandardCharsets.UTF_8).replace("--></cXML>", "--> & </cXML>");
    }

    private static void assertUnreachable(WeakReference<?> reference) throws InterruptedException {
        for (int i = 0; i < 50 && reference.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(reference.get()).as("the last document, held by the thread's parser").isNull();
    }

    /** The parser's symbol table keeps every name it saw; it is replaced once it has read 1 MiB, so it cannot grow without bound. */
    @Test
    void theParserIsReplacedAfterReadingOneMebibyteSoItsSymbolTableStaysBounded() {
        byte[] document = padded(100_000);
        long before = reader.bytesSinceParserRenewal();
        reader.read(document);
        assertThat(reader.bytesSinceParserRenewal()).isEqualTo(before + document.length);
        List<Long> counts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            reader.read(document);
            counts.add(reader.bytesSinceParserRenewal());
        }
        assertThat(counts).allMatch(n -> n <= 1024 * 1024).contains(0L);
    }

    /** A setup request padded with a comment to {@code size} bytes. */
    private static byte[] padded(int size) {
        String base = Fixtures.text("posr-coupa-create.xml");
        String padding = "x".repeat(Math.max(0, size - base.length()));
        return base.replace("</cXML>", "<!--" + padding + "--></cXML>").getBytes(StandardCharsets.UTF_8);
    }

    private static List<Path> fixtures(boolean withNegative) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/fixtures"))) {
            return files.filter(p -> p.toString().endsWith(".xml"))
                    .filter(p -> withNegative || !p.toString().contains("negative")).sorted().toList();
        }
    }
}
