package io.procurewire.cxml.model;

import jakarta.xml.bind.ValidationEventHandler;
import jakarta.xml.bind.annotation.W3CDomHandler;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.dom.DOMResult;

/**
 * How JAXB keeps the content the model holds as raw XML (DOM elements of Extrinsic, BuyerCookie and Comments markup,
 * unsupported payloads, signatures): like {@link W3CDomHandler}, but each element is built into a new empty
 * {@link org.w3c.dom.Document} from this thread's DocumentBuilder. {@code W3CDomHandler} hands JAXB an empty
 * {@code DOMResult}, for which the JDK's identity transformer looks up and configures a new DocumentBuilderFactory per
 * element.
 * <p>
 * It also counts the elements per read (see {@link #count()}): JAXB still creates a TransformerFactory for each
 * (its {@code DomLoader}, no hook), so the reader bounds how many a document may have. Public with a no-arg
 * constructor because JAXB instantiates it reflectively (registered for native images in
 * META-INF/native-image/io.procurewire/cxml/reflect-config.json).
 */
public final class RawXmlHandler extends W3CDomHandler {

    /** Lazily per thread, so nothing is created while a native image is built. */
    private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(RawXmlHandler::newBuilder);
    private static final ThreadLocal<Budget> BUDGETS = new ThreadLocal<>();

    public RawXmlHandler() {
    }

    @Override
    public DOMResult createUnmarshaller(ValidationEventHandler errorHandler) {
        Budget budget = BUDGETS.get();
        if (budget != null) {
            budget.take();
        }
        return new DOMResult(BUILDERS.get().newDocument());
    }

    /**
     * Counts the raw-XML elements JAXB builds on this thread until {@link Budget#close()}; {@link Budget#take()}
     * runs the given action once more than {@code limit} were built (the reader throws from it, which ends the parse).
     */
    public static Budget count(int limit, Runnable whenExceeded) {
        Budget budget = new Budget(limit, whenExceeded, BUDGETS.get());
        BUDGETS.set(budget);
        return budget;
    }

    /** The raw-XML elements one read may still build. */
    public static final class Budget implements AutoCloseable {
        private final int limit;
        private final Runnable whenExceeded;
        private final Budget outer;
        private int used;

        private Budget(int limit, Runnable whenExceeded, Budget outer) {
            this.limit = limit;
            this.whenExceeded = whenExceeded;
            this.outer = outer;
        }

        void take() {
            if (++used > limit) {
                whenExceeded.run();
            }
        }

        /** Elements built so far. */
        public int used() {
            return used;
        }

        @Override
        public void close() {
            if (outer == null) {
                BUDGETS.remove();
            } else {
                BUDGETS.set(outer);
            }
        }
    }

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            // the builder only ever creates empty documents; configured as if it parsed hostile input all the same
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setExpandEntityReferences(false);
            factory.setXIncludeAware(false);
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("DocumentBuilder for raw XML could not be configured", e);
        }
    }
}
