package io.procurewire.cxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.procurewire.cxml.model.CxmlDocument;
import io.procurewire.cxml.model.Extrinsic;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A document that makes the reader keep very many elements as raw XML (DOM): Extrinsic or BuyerCookie markup, many
 * Extrinsics with markup, payloads the library does not model, elements after the body. JAXB builds a transformer per
 * such element, so the reader limits how many a document may have; documents are parsed before their sender is
 * authenticated, so this is work anyone can cause.
 */
class RawXmlFloodTest {

    static final int FLOOD = 10_000;

    final CxmlReader reader = new CxmlReader();

    /** Where the flood of raw-XML elements sits. */
    enum Holder {
        ONE_EXTRINSIC(n -> setup("<Extrinsic name=\"Flood\">" + "<e/>".repeat(n) + "</Extrinsic>", "")),
        MANY_EXTRINSICS(n -> setup("<Extrinsic name=\"F\"><e/></Extrinsic>".repeat(n), "")),
        BUYER_COOKIE(n -> setup("", "<e/>".repeat(n))),
        UNSUPPORTED_RESPONSE_PAYLOAD(n -> Fixtures.text("response-get-pending.xml")
                .replace("</Response>", "<X/>".repeat(n) + "</Response>")),
        AFTER_THE_BODY(n -> Fixtures.text("posr-coupa-create.xml").replace("</Request>", "</Request>" + "<e/>".repeat(n)));

        final IntFunction<String> document;

        Holder(IntFunction<String> document) {
            this.document = document;
        }
    }

    /** The Coupa setup request with extra Extrinsics and extra BuyerCookie content. */
    static String setup(String extrinsics, String cookieMarkup) {
        return Fixtures.text("posr-coupa-create.xml")
                .replace("<BuyerCookie>c0ffee-4711-session</BuyerCookie>",
                        "<BuyerCookie>c0ffee-4711-session" + cookieMarkup + "</BuyerCookie>" + extrinsics);
    }

    /** An ordinary document of the same shape: FLOOD Extrinsics with text, which JAXB keeps as strings. */
    static String ordinary(int n) {
        return setup("<Extrinsic name=\"F\">e</Extrinsic>".repeat(n), "");
    }

    @ParameterizedTest
    @EnumSource(Holder.class)
    void aFloodOfRawXmlElementsIsRefusedWith400(Holder holder) {
        String hostile = holder.document.apply(FLOOD);

        CxmlReadException e = catchThrowableOfType(CxmlReadException.class, () -> reader.read(hostile));

        assertThat(e).as(holder.name()).isNotNull();
        assertThat(e.statusCode()).isEqualTo(400);
        assertThat(e.getMessage()).isEqualTo("document has more than " + CxmlReader.Options.DEFAULT_MAX_RAW_XML_ELEMENTS
                + " elements kept as raw XML (Extrinsic or BuyerCookie markup, unsupported payloads, signatures)");
    }

    @ParameterizedTest
    @EnumSource(Holder.class)
    void upToTheLimitIsRead(Holder holder) {
        String atLimit = holder.document.apply(CxmlReader.Options.DEFAULT_MAX_RAW_XML_ELEMENTS - 2);

        CxmlDocument document = reader.read(atLimit);

        assertThat(document.getPayloadId()).isNotEmpty();
    }

    @Test
    void theLimitIsConfigurable() {
        CxmlReader strict = new CxmlReader(CxmlReader.Options.defaults().withMaxRawXmlElements(10));

        assertThat(strict.read(Holder.ONE_EXTRINSIC.document.apply(10)).getRequest().getPunchOutSetupRequest()
                .extrinsic("Flood")).isPresent();
        CxmlReadException e = catchThrowableOfType(CxmlReadException.class,
                () -> strict.read(Holder.ONE_EXTRINSIC.document.apply(11)));
        assertThat(e.getMessage()).startsWith("document has more than 10 elements kept as raw XML");
        // only the top elements of a raw-XML subtree count, not what is nested inside them
        assertThat(strict.read(setup("<Extrinsic name=\"Deep\"><a>" + "<b/>".repeat(1000) + "</a></Extrinsic>", ""))
                .getRequest().getPunchOutSetupRequest().getExtrinsics()).anySatisfy(x -> assertThat(x.getName()).isEqualTo("Deep"));
    }

    @Test
    void markupInAnExtrinsicIsStillKeptAsDom() {
        CxmlDocument document = reader.read(setup("<Extrinsic name=\"M\"><a x=\"1\">t<b/></a>tail</Extrinsic>", ""));

        Extrinsic m = document.getRequest().getPunchOutSetupRequest().getExtrinsics().stream()
                .filter(x -> "M".equals(x.getName())).findFirst().orElseThrow();
        assertThat(m.hasMarkup()).isTrue();
        assertThat(m.getContent().get(0)).isInstanceOf(org.w3c.dom.Element.class);
        assertThat(m.getValue()).isEqualTo("<a x=\"1\">t<b/></a>tail");
    }

    /**
     * The CPU a refused flood costs, relative to reading an ordinary document with as many elements, on this thread
     * (ThreadMXBean CPU time, so other processes on a loaded machine do not count). Before the fix a flood of 10,000
     * cost about 38 times the ordinary document (JAXB built a TransformerFactory and a DocumentBuilderFactory per element), with only the DocumentBuilder reuse of {@link io.procurewire.cxml.model.RawXmlHandler} about 23 times; with the limit of 1000 about 2 to 8 times.
     */
    @ParameterizedTest
    @EnumSource(Holder.class)
    void aFloodCostsAboutWhatAnOrdinaryDocumentOfItsSizeCosts(Holder holder) {
        String hostile = holder.document.apply(FLOOD);
        String ordinary = ordinary(FLOOD);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 10; i++) {
            readIgnoringRefusal(hostile);
            reader.read(ordinary);
        }

        long hostileCpu = Long.MAX_VALUE;
        long ordinaryCpu = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long start = threads.getCurrentThreadCpuTime();
            readIgnoringRefusal(hostile);
            long middle = threads.getCurrentThreadCpuTime();
            reader.read(ordinary);
            long end = threads.getCurrentThreadCpuTime();
            hostileCpu = Math.min(hostileCpu, middle - start);
            ordinaryCpu = Math.min(ordinaryCpu, end - middle);
        }

        System.out.printf("%s: flood of %d %.1f ms CPU, ordinary %.1f ms CPU, ratio %.1f%n", holder, FLOOD,
                hostileCpu / 1e6, ordinaryCpu / 1e6, (double) hostileCpu / Math.max(1, ordinaryCpu));
        assertThat(hostileCpu).as("CPU of the flood vs an ordinary document (ns)").isLessThan(RATIO_BOUND * Math.max(ordinaryCpu, 1_000_000));
    }

    static final long RATIO_BOUND = 15;

    private void readIgnoringRefusal(String xml) {
        try {
            reader.read(xml);
        } catch (CxmlReadException expected) {
            // the flood is refused; what it cost until then is what counts
        }
    }
}
