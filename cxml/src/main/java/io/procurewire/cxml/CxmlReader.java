package io.procurewire.cxml;

import io.procurewire.cxml.model.CxmlDocument;
import io.procurewire.cxml.model.Header;
import io.procurewire.cxml.model.Message;
import io.procurewire.cxml.model.Party;
import io.procurewire.cxml.model.RawXmlHandler;
import io.procurewire.cxml.model.Request;
import io.procurewire.cxml.model.Sender;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.ValidationEventLocator;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads cXML documents securely and leniently.
 * <p>
 * Secure: the JDK's built-in StAX parser ({@link XMLInputFactory#newDefaultFactory()}) with DTD processing off and
 * every external access refused, so no DTD or entity is ever fetched or expanded (no network, no file). A DOCTYPE is
 * accepted (real cXML always has one), also with an internal subset of unused plain entity declarations; external
 * entities, entities built from entities and any use of a declared entity are refused ({@link PrologScanner}). The
 * size limit is enforced while streaming.
 * <p>
 * Also read: a lower-case {@code cxml} root, namespace-qualified documents ({@link NamespaceNeutralReader}),
 * signatures (kept, not verified), credentials whose domain or Identity is present but empty (for the endpoint to
 * refuse, see {@link Credentials#emptyField}). Value errors are reported only once the document proved well-formed.
 * <p>
 * Lenient: children in any order, unknown elements and attributes ignored, whitespace around identities trimmed,
 * timestamps in the forms {@link CxmlDates} accepts, UTF-8 with or without BOM, UTF-16 with BOM, declared encodings
 * such as ISO-8859-1 or windows-1252.
 * <p>
 * After reading, checks what a server relies on: root cXML, payloadID, exactly one of Request/Response/Message,
 * Header with From/To/Sender credentials for Request and Message, exactly one payload, supported (450 naming it
 * otherwise), and an OrderRequest with ItemOut lines at its own level. Every failure is
 * a {@link CxmlReadException} with the cXML status code to answer and a message naming what is wrong.
 * Instances are immutable and thread-safe.
 */
public final class CxmlReader {

    /**
     * Reader settings.
     *
     * @param maxDocumentBytes  the largest document read, counted while streaming
     * @param maxRawXmlElements how many elements a document may make the reader keep as raw XML (DOM): each element of
     *                          Extrinsic, BuyerCookie or Comments markup, each payload the library does not model, each
     *                          element after the body (signatures); what is nested inside such an element does not
     *                          count. JAXB builds a transformer for each, so this bounds the work of a hostile document.
     */
    public record Options(long maxDocumentBytes, int maxRawXmlElements) {

        /** 5 MiB. */
        public static final long DEFAULT_MAX_DOCUMENT_BYTES = 5L * 1024 * 1024;
        /** A real cXML document has at most some hundreds (an Extrinsic with markup, an Attachment per Comments). */
        public static final int DEFAULT_MAX_RAW_XML_ELEMENTS = 1000;

        public Options {
            if (maxDocumentBytes <= 0) {
                throw new IllegalArgumentException("maxDocumentBytes must be positive");
            }
            if (maxRawXmlElements < 0) {
                throw new IllegalArgumentException("maxRawXmlElements must not be negative");
            }
        }

        /** The given size limit and the default raw-XML element limit. */
        public Options(long maxDocumentBytes) {
            this(maxDocumentBytes, DEFAULT_MAX_RAW_XML_ELEMENTS);
        }

        public static Options defaults() {
            return new Options(DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_RAW_XML_ELEMENTS);
        }

        public Options withMaxDocumentBytes(long bytes) {
            return new Options(bytes, maxRawXmlElements);
        }

        public Options withMaxRawXmlElements(int elements) {
            return new Options(maxDocumentBytes, elements);
        }
    }

    static final String SUPPORTED_MESSAGES = "PunchOutOrderMessage";
    static final String SUPPORTED_REQUESTS = "PunchOutSetupRequest, OrderRequest, ConfirmationRequest, "
            + "ShipNoticeRequest, InvoiceDetailRequest, ProfileRequest, StatusUpdateRequest";

    static final String XMLDSIG_NAMESPACE = "http://www.w3.org/2000/09/xmldsig#";

    private static final Pattern PARSER_MESSAGE = Pattern.compile("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*");

    private final Options options;
    /**
     * One configured StAX parser per thread, reused from document to document (see {@link Parsers}): creating and
     * configuring an XMLInputFactory, and then a stream reader with its scanner, buffers and symbol table, costs more
     * than parsing a setup request.
     */
    private final ThreadLocal<Parsers> parsers = ThreadLocal.withInitial(Parsers::new);
    /** Likewise one Unmarshaller per thread (not thread-safe, cheap to reuse); its event handler is set per parse. */
    private final ThreadLocal<Unmarshaller> unmarshallers = ThreadLocal.withInitial(CxmlReader::newUnmarshaller);

    public CxmlReader() {
        this(Options.defaults());
    }

    public CxmlReader(Options options) {
        this.options = options == null ? Options.defaults() : options;
    }

    private static Unmarshaller newUnmarshaller() {
        try {
            return CxmlContext.get().createUnmarshaller();
        } catch (JAXBException e) {
            throw new IllegalStateException("cXML unmarshaller could not be created", e);
        }
    }

    public Options options() {
        return options;
    }

    /** Bytes this thread's parser has read since it was last replaced (for tests of the symbol table bound). */
    long bytesSinceParserRenewal() {
        return parsers.get().bytesSinceRenewal;
    }

    /** Reads from a stream (encoding from BOM / XML declaration, default UTF-8). The stream is not closed. */
    public CxmlDocument read(InputStream in) {
        if (in == null) {
            throw new CxmlReadException(400, "empty document");
        }
        LimitedInputStream limited = new LimitedInputStream(in, options.maxDocumentBytes());
        BufferedInputStream buffered = new BufferedInputStream(limited, PrologScanner.WINDOW);
        return read(parser -> {
            PrologScanner.Prolog prolog = checkProlog(buffered);
            if (!prolog.declaresGeneralEntities()) {
                return parser.open(buffered);
            }
            // rare: declared but (hopefully) unused entities; the whole document is checked for references first
            byte[] all = readAll(buffered);
            refuseEntityReferences(PrologScanner.decodeDocument(all), prolog);
            return parser.open(new ByteArrayInputStream(all));
        }, limited.budget);
    }

    /**
     * Reads a document already in memory: the same checks as {@link #read(InputStream)}, with the prolog checked on the
     * array itself instead of a copy through a 64 KiB look-ahead buffer (two such allocations per document cost more
     * than parsing a setup request).
     */
    public CxmlDocument read(byte[] bytes) {
        if (bytes == null) {
            throw new CxmlReadException(400, "empty document");
        }
        LimitedInputStream limited = new LimitedInputStream(new ByteArrayInputStream(bytes), options.maxDocumentBytes());
        return read(parser -> {
            PrologScanner.Prolog prolog = PrologScanner.check(bytes, Math.min(bytes.length, PrologScanner.WINDOW));
            if (!prolog.declaresGeneralEntities()) {
                return parser.open(limited);
            }
            byte[] all = readAll(limited);
            refuseEntityReferences(PrologScanner.decodeDocument(all), prolog);
            return parser.open(new ByteArrayInputStream(all));
        }, limited.budget);
    }

    /**
     * Reads a document already decoded to characters (e.g. from a form field). An encoding named in its XML
     * declaration is ignored, as the characters are already decoded; a leading BOM character is skipped.
     */
    public CxmlDocument read(String xml) {
        if (xml == null) {
            throw new CxmlReadException(400, "empty document");
        }
        String text = xml.startsWith("\uFEFF") ? xml.substring(1) : xml;
        LimitedReader limited = new LimitedReader(new StringReader(text), options.maxDocumentBytes());
        return read(parser -> {
            PrologScanner.Prolog prolog = PrologScanner.check(text);
            if (prolog.declaresGeneralEntities()) {
                refuseEntityReferences(text, prolog);
            }
            return parser.open(limited);
        }, limited.budget);
    }

    /** Peeks at the first bytes (then rewinds) so entity declarations get a precise error before parsing. */
    private static PrologScanner.Prolog checkProlog(BufferedInputStream in) throws XMLStreamException {
        try {
            in.mark(PrologScanner.WINDOW);
            byte[] head = new byte[PrologScanner.WINDOW];
            int length = 0;
            int n;
            while (length < head.length && (n = in.read(head, length, head.length - length)) > 0) {
                length += n;
            }
            in.reset();
            return PrologScanner.check(head, length);
        } catch (IOException e) {
            throw new XMLStreamException(e.getMessage(), e);
        }
    }

    private static byte[] readAll(InputStream in) throws XMLStreamException {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new XMLStreamException(e.getMessage(), e);
        }
    }

    /** Entities are never expanded, so a document that uses a declared one cannot be read faithfully: refused. */
    private static void refuseEntityReferences(CharSequence document, PrologScanner.Prolog prolog) {
        String referenced = PrologScanner.findEntityReference(document, prolog.generalEntities());
        if (referenced != null) {
            throw new CxmlReadException(400, "document references the entity '" + referenced
                    + "' declared in its DOCTYPE; entities are never expanded");
        }
    }

    private interface StreamOpener {
        XMLStreamReader open(Parsers parser) throws XMLStreamException;
    }

    private CxmlDocument read(StreamOpener opener, SizeBudget limit) {
        XMLStreamReader xml = null;
        EventCollector events = new EventCollector();
        Parsers parser = parsers.get();
        try {
            xml = opener.open(parser);
            moveToRoot(xml);
            String root = xml.getLocalName();
            // "cxml" in lower case is emitted by some implementations; it is read like cXML (and written as cXML)
            if (!"cXML".equals(root) && !"cxml".equals(root)) {
                throw new CxmlReadException(400, "root element must be cXML but was " + root);
            }
            String namespace = xml.getNamespaceURI();
            XMLStreamReader source = namespace == null || namespace.isEmpty() ? xml : new NamespaceNeutralReader(xml, namespace);
            if (parser.internsNames(xml)) {
                source = new InternedNamesReader(source);
            }
            Unmarshaller unmarshaller = unmarshallers.get();
            unmarshaller.setEventHandler(events);
            CxmlDocument document;
            try (RawXmlHandler.Budget ignored = RawXmlHandler.count(options.maxRawXmlElements(), this::tooManyRawXmlElements)) {
                document = unmarshaller.unmarshal(source, CxmlDocument.class).getValue();
            }
            drain(xml);
            // value errors are reported only now: a document that is not well-formed is a syntax error first
            events.throwIfFailed();
            keepOnlySignatures(document);
            validate(document);
            return document;
        } catch (CxmlReadException e) {
            if (limit.exceeded()) {
                throw tooLarge(e);
            }
            throw e;
        } catch (XMLStreamException | JAXBException | RuntimeException e) {
            if (limit.exceeded()) {
                throw tooLarge(e);
            }
            CxmlReadException ours = find(e, CxmlReadException.class);
            if (ours != null) {
                throw ours;
            }
            XMLStreamException parse = find(e, XMLStreamException.class);
            if (parse != null) {
                throw notWellFormed(parse);
            }
            events.throwIfFailed();
            throw new CxmlReadException(400, "cXML document could not be read: " + describe(e), e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // nothing left to release
                }
            }
            parser.release(limit.count);
        }
    }

    private void tooManyRawXmlElements() {
        throw new CxmlReadException(400, "document has more than " + options.maxRawXmlElements()
                + " elements kept as raw XML (Extrinsic or BuyerCookie markup, unsupported payloads, signatures)");
    }

    /** Skips the prolog to the root element (the DOCTYPE was judged by PrologScanner before parsing). */
    private static void moveToRoot(XMLStreamReader xml) throws XMLStreamException {
        int event = xml.getEventType();
        while (event != XMLStreamConstants.START_ELEMENT) {
            if (!xml.hasNext()) {
                throw new CxmlReadException(400, "document has no root element");
            }
            event = xml.next();
        }
    }

    /** Reads what follows the root element, so trailing garbage is reported as a syntax error too. */
    private static void drain(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            xml.next();
        }
    }

    /** cXML allows only ds:Signature after the body; other elements there are ignored like any unknown element. */
    private static void keepOnlySignatures(CxmlDocument document) {
        document.getSignatures().removeIf(element -> !XMLDSIG_NAMESPACE.equals(element.getNamespaceURI())
                || !"Signature".equals(element.getLocalName()));
    }

    /** The configured factory (package-private for the test that checks what the reader's names are). */
    static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        // DTDs are neither loaded nor processed: internal-subset declarations have no effect, external ones are never
        // fetched. Entity declarations are rejected outright in moveToRoot with a clear message.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource " + systemId + " refused; entity declarations are not allowed");
        });
        if (JDK_FACTORY.equals(factory.getClass().getName())) {
            // the JDK's factory then hands out the same stream reader again once the previous one was closed (reset,
            // with the same settings and a fresh limit analyser): no new scanner, buffers and symbol table per parse
            factory.setProperty(JDK_REUSE_INSTANCE, true);
        }
        return factory;
    }

    static final String JDK_FACTORY = "com.sun.xml.internal.stream.XMLInputFactoryImpl";
    static final String JDK_STREAM_READER = "com.sun.org.apache.xerces.internal.impl.XMLStreamReaderImpl";
    private static final String JDK_REUSE_INSTANCE = "reuse-instance";

    /**
     * The StAX parser of one thread of one CxmlReader. The JDK's factory keeps the last stream reader it made and
     * resets it for the next document (property {@code reuse-instance}); that reader keeps two things between documents,
     * both bounded here:
     * <ul>
     * <li>a reference to the last input, so every input is handed over through a {@link Detachable} wrapper that lets
     * go of the caller's bytes as soon as the parse is over (no document stays reachable from a pooled thread);</li>
     * <li>its symbol table of the element and attribute names seen, which would otherwise grow with every new name a
     * sender invents, so the factory (and with it the reader and table) is replaced once it has parsed
     * {@link #RENEW_AFTER_BYTES} in total.</li>
     * </ul>
     * A parse that is still open (a nested read on the same thread) is never handed out again: the JDK makes a new
     * reader then.
     */
    private static final class Parsers {
        static final long RENEW_AFTER_BYTES = 1024 * 1024;

        private XMLInputFactory factory = factory();
        private long bytesSinceRenewal;
        private Detachable input;

        XMLStreamReader open(InputStream in) throws XMLStreamException {
            DetachableInputStream detachable = new DetachableInputStream(in);
            input = detachable;
            return factory.createXMLStreamReader(detachable);
        }

        XMLStreamReader open(Reader in) throws XMLStreamException {
            DetachableReader detachable = new DetachableReader(in);
            input = detachable;
            return factory.createXMLStreamReader(detachable);
        }

        /**
         * The JDK's reader takes every element and attribute name, prefix and namespace URI from its symbol table,
         * which interns them, so JAXB need not intern each name again (it would otherwise, about a tenth of reading).
         */
        boolean internsNames(XMLStreamReader reader) {
            return JDK_STREAM_READER.equals(reader.getClass().getName());
        }

        void release(long bytesRead) {
            if (input != null) {
                input.detach();
                input = null;
            }
            bytesSinceRenewal += bytesRead;
            if (bytesSinceRenewal > RENEW_AFTER_BYTES) {
                factory = factory();
                bytesSinceRenewal = 0;
            }
        }
    }

    /** Lets JAXB skip interning the names a reader already interned (Woodstox' standard property names). */
    private static final class InternedNamesReader extends javax.xml.stream.util.StreamReaderDelegate {
        InternedNamesReader(XMLStreamReader reader) {
            super(reader);
        }

        @Override
        public Object getProperty(String name) {
            if ("org.codehaus.stax2.internNames".equals(name) || "org.codehaus.stax2.internNsUris".equals(name)) {
                return Boolean.TRUE;
            }
            return super.getProperty(name);
        }
    }

    private interface Detachable {
        void detach();
    }

    /** Hands the caller's stream to the pooled parser and takes it away again after the parse. */
    private static final class DetachableInputStream extends FilterInputStream implements Detachable {
        DetachableInputStream(InputStream in) {
            super(in);
        }

        @Override
        public void detach() {
            in = InputStream.nullInputStream();
        }

        @Override
        public void close() {
            // the caller owns the stream
        }
    }

    /** Not a FilterReader: its lock would keep the caller's reader reachable after detaching. */
    private static final class DetachableReader extends Reader implements Detachable {
        private Reader in;

        DetachableReader(Reader in) {
            this.in = in;
        }

        @Override
        public void detach() {
            in = Reader.nullReader();
        }

        @Override
        public int read() throws IOException {
            return in.read();
        }

        @Override
        public int read(char[] buffer, int off, int len) throws IOException {
            return in.read(buffer, off, len);
        }

        @Override
        public void close() {
            // the caller owns the reader
        }
    }

    // ---------------------------------------------------------------- validation

    private static void validate(CxmlDocument document) {
        if (document.getPayloadId() == null || document.getPayloadId().isBlank()) {
            throw missing("attribute cXML@payloadID");
        }
        List<String> bodies = new ArrayList<>();
        if (document.getRequest() != null) {
            bodies.add("Request");
        }
        if (document.getResponse() != null) {
            bodies.add("Response");
        }
        if (document.getMessage() != null) {
            bodies.add("Message");
        }
        if (bodies.isEmpty()) {
            throw new CxmlReadException(400, "cXML must contain one of Request, Response or Message");
        }
        if (bodies.size() > 1) {
            throw new CxmlReadException(400, "cXML must contain exactly one of Request, Response or Message but contained "
                    + String.join(" and ", bodies));
        }
        if (document.getResponse() != null) {
            if (document.getResponse().getStatus() == null) {
                throw missing("element Response/Status");
            }
            if (document.getResponse().getStatus().getCode() == null) {
                throw missing("attribute Response/Status@code");
            }
            return;
        }
        validateHeader(document.getHeader());
        if (document.getRequest() != null) {
            validateRequest(document.getRequest());
        } else {
            validateMessage(document.getMessage());
        }
    }

    private static void validateHeader(Header header) {
        if (header == null) {
            throw missing("element Header");
        }
        validateParty("From", header.getFrom());
        validateParty("To", header.getTo());
        Sender sender = header.getSender();
        if (sender == null) {
            throw missing("element Header/Sender");
        }
        validateCredentials("Sender", sender.getCredentials());
    }

    private static void validateParty(String name, Party party) {
        if (party == null) {
            throw missing("element Header/" + name);
        }
        validateCredentials(name, party.getCredentials());
    }

    private static void validateCredentials(String name, List<io.procurewire.cxml.model.Credential> credentials) {
        if (credentials.isEmpty()) {
            throw missing("element Header/" + name + "/Credential");
        }
        // present but empty is read: it is an authentication failure (see Credentials.emptyField), not a syntax error
        for (var credential : credentials) {
            if (credential.getDomain() == null) {
                throw missing("attribute Header/" + name + "/Credential@domain");
            }
            if (credential.getIdentity() == null) {
                throw missing("element Header/" + name + "/Credential/Identity");
            }
        }
    }

    private static void validateRequest(Request request) {
        List<String> payloads = new ArrayList<>();
        addIf(payloads, request.getPunchOutSetupRequest(), "PunchOutSetupRequest");
        addIf(payloads, request.getOrderRequest(), "OrderRequest");
        addIf(payloads, request.getConfirmationRequest(), "ConfirmationRequest");
        addIf(payloads, request.getShipNoticeRequest(), "ShipNoticeRequest");
        addIf(payloads, request.getInvoiceDetailRequest(), "InvoiceDetailRequest");
        addIf(payloads, request.getProfileRequest(), "ProfileRequest");
        addIf(payloads, request.getStatusUpdateRequest(), "StatusUpdateRequest");
        checkPayloads("Request", "request", payloads, request.unsupportedPayloadNames(), SUPPORTED_REQUESTS);
        if (request.getOrderRequest() != null) {
            validateOrder(request.getOrderRequest());
        }
    }

    private static void validateMessage(Message message) {
        List<String> payloads = new ArrayList<>();
        addIf(payloads, message.getPunchOutOrderMessage(), "PunchOutOrderMessage");
        checkPayloads("Message", "message", payloads, message.unsupportedPayloadNames(), SUPPORTED_MESSAGES);
    }

    /** Exactly one payload, and a supported one; an unsupported one is named in a 450. */
    private static void checkPayloads(String body, String kind, List<String> supported, List<String> unsupported,
            String supportedList) {
        if (supported.isEmpty() && unsupported.isEmpty()) {
            throw new CxmlReadException(CxmlStatus.NOT_IMPLEMENTED,
                    body + " contains no supported " + kind + " (supported: " + supportedList + ")");
        }
        if (supported.size() + unsupported.size() > 1) {
            List<String> all = new ArrayList<>(supported);
            all.addAll(unsupported);
            throw new CxmlReadException(400, body + " must contain exactly one " + kind + " but contained "
                    + String.join(" and ", all));
        }
        if (supported.isEmpty()) {
            throw new CxmlReadException(CxmlStatus.NOT_IMPLEMENTED, body + " contains " + unsupported.get(0)
                    + ", which is not supported; supported: " + supportedList);
        }
    }

    /** ItemOut lines nested anywhere but directly in OrderRequest are not order lines: refused, not read as 0 lines. */
    private static void validateOrder(io.procurewire.cxml.model.OrderRequest order) {
        if (order.getHeader() == null) {
            throw missing("element Request/OrderRequest/OrderRequestHeader");
        }
        if (order.getItems().isEmpty()) {
            throw new CxmlReadException(400, "OrderRequest has no ItemOut");
        }
    }

    private static void addIf(List<String> names, Object payload, String name) {
        if (payload != null) {
            names.add(name);
        }
    }

    private static CxmlReadException missing(String what) {
        return new CxmlReadException(400, "missing required " + what);
    }

    // ---------------------------------------------------------------- errors

    private CxmlReadException tooLarge(Exception cause) {
        return new CxmlReadException(400, "document exceeds the maximum size of " + options.maxDocumentBytes() + " bytes",
                cause);
    }

    private static CxmlReadException notWellFormed(XMLStreamException e) {
        String message = e.getMessage() == null ? "" : PARSER_MESSAGE.matcher(e.getMessage()).replaceFirst("").trim();
        if (message.contains("external resource") && message.contains("refused")) {
            return new CxmlReadException(400, "DOCTYPE references external entities; entity declarations are not allowed", e);
        }
        if (e.getLocation() != null && e.getLocation().getLineNumber() > 0) {
            return new CxmlReadException(400, "XML is not well-formed at line " + e.getLocation().getLineNumber()
                    + ", column " + e.getLocation().getColumnNumber() + ": " + message, e);
        }
        return new CxmlReadException(400, "XML is not well-formed: " + message, e);
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = nextCause(t)) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static Throwable nextCause(Throwable t) {
        if (t instanceof JAXBException jaxb && jaxb.getLinkedException() != null && jaxb.getLinkedException() != t) {
            return jaxb.getLinkedException();
        }
        if (t instanceof XMLStreamException xse && xse.getNestedException() != null && xse.getNestedException() != t) {
            return xse.getNestedException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (nextCause(root) != null) {
            root = nextCause(root);
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /**
     * Lets unknown elements pass (lenient) and records the first of our own value errors (bad timestamp, bad number)
     * without stopping, so it is reported only when the whole document turned out to be well-formed.
     */
    private static final class EventCollector implements jakarta.xml.bind.ValidationEventHandler {
        private CxmlReadException failure;

        @Override
        public boolean handleEvent(ValidationEvent event) {
            CxmlReadException ours = find(event.getLinkedException(), CxmlReadException.class);
            if (ours == null) {
                return true;
            }
            if (failure == null) {
                ValidationEventLocator at = event.getLocator();
                String where = at != null && at.getLineNumber() > 0
                        ? " (at line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")" : "";
                failure = new CxmlReadException(ours.statusCode(), ours.getMessage() + where, ours);
            }
            return true; // keep parsing: a syntax error later in the text takes precedence
        }

        void throwIfFailed() {
            if (failure != null) {
                throw failure;
            }
        }
    }

    /** The size allowance of one read, shared by the byte and the character wrappers. */
    private static final class SizeBudget {
        private final long limit;
        long count;
        boolean exceeded;

        boolean exceeded() {
            return exceeded;
        }

        SizeBudget(long limit) {
            this.limit = limit;
        }

        void add(long n) throws IOException {
            if (n > 0) {
                count += n;
                if (count > limit) {
                    exceeded = true;
                    throw new IOException("document exceeds the maximum size of " + limit + " bytes");
                }
            }
        }
    }

    /** Counts bytes as they are read and fails as soon as the limit is passed. */
    private static final class LimitedInputStream extends FilterInputStream {
        final SizeBudget budget;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.budget = new SizeBudget(limit);
        }

        boolean exceeded() {
            return budget.exceeded;
        }

        private void add(long n) throws IOException {
            budget.add(n);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            add(n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            add(skipped);
            return skipped;
        }

        @Override
        public void close() {
            // the caller owns the stream
        }
    }

    /** Character counterpart of LimitedInputStream for documents given as String. */
    private static final class LimitedReader extends FilterReader {
        final SizeBudget budget;

        LimitedReader(Reader in, long limit) {
            super(in);
            this.budget = new SizeBudget(limit);
        }

        boolean exceeded() {
            return budget.exceeded;
        }

        private void add(long n) throws IOException {
            budget.add(n);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                add(1);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            add(n);
            return n;
        }
    }
}
