package io.procurewire.cxml.model;

import jakarta.xml.bind.annotation.*;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;

/** The cXML envelope: {@code <cXML>} with Header and exactly one of Request, Response or Message. */
@XmlRootElement(name = "cXML")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "CxmlDocument", propOrder = {"header", "request", "response", "message", "signatures"})
public class CxmlDocument {

    @XmlAttribute(name = "payloadID", required = true)
    private String payloadId;

    @XmlAttribute(name = "timestamp", required = true)
    @XmlJavaTypeAdapter(DateTimeAdapter.class)
    private OffsetDateTime timestamp;

    @XmlAttribute(name = "version")
    private String version;

    @XmlAttribute(name = "lang", namespace = XMLConstants.XML_NS_URI)
    private String lang;

    @XmlAttribute(name = "signatureVersion")
    private String signatureVersion;

    @XmlElement(name = "Header")
    private Header header;

    @XmlElement(name = "Request")
    private Request request;

    @XmlElement(name = "Response")
    private Response response;

    @XmlElement(name = "Message")
    private Message message;

    /** After the body the DTD allows ds:Signature* (XML-DSig); the reader keeps only those here. */
    @XmlAnyElement(RawXmlHandler.class)
    private List<org.w3c.dom.Element> signatures;

    public CxmlDocument() {
    }

    /** Not part of the XML: the payloadID this document answers, when known (see CxmlStatus.response). */
    @XmlTransient
    private String inReplyTo;

    /** A Request document with this header and a Request holding the payload (set one payload field on it). */
    public static CxmlDocument request(Header header, Request request) {
        return new CxmlDocument().withHeader(header).withRequest(request);
    }

    /** A Message document with this header and message. */
    public static CxmlDocument message(Header header, Message message) {
        return new CxmlDocument().withHeader(header).withMessage(message);
    }

    public String getInReplyTo() {
        return inReplyTo;
    }

    public void setInReplyTo(String inReplyTo) {
        this.inReplyTo = inReplyTo;
    }

    public String getPayloadId() {
        return payloadId;
    }

    public void setPayloadId(String payloadId) {
        this.payloadId = payloadId;
    }

    public CxmlDocument withPayloadId(String payloadId) {
        this.payloadId = payloadId;
        return this;
    }

    public OffsetDateTime getTimestamp() {
        return timestamp;
    }

    public void setTimestamp(OffsetDateTime timestamp) {
        this.timestamp = timestamp;
    }

    public CxmlDocument withTimestamp(OffsetDateTime timestamp) {
        this.timestamp = timestamp;
        return this;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public CxmlDocument withVersion(String version) {
        this.version = version;
        return this;
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public CxmlDocument withLang(String lang) {
        this.lang = lang;
        return this;
    }

    public String getSignatureVersion() {
        return signatureVersion;
    }

    public void setSignatureVersion(String signatureVersion) {
        this.signatureVersion = signatureVersion;
    }

    public CxmlDocument withSignatureVersion(String signatureVersion) {
        this.signatureVersion = signatureVersion;
        return this;
    }

    public Header getHeader() {
        return header;
    }

    public void setHeader(Header header) {
        this.header = header;
    }

    public CxmlDocument withHeader(Header header) {
        this.header = header;
        return this;
    }

    public Request getRequest() {
        return request;
    }

    public void setRequest(Request request) {
        this.request = request;
    }

    public CxmlDocument withRequest(Request request) {
        this.request = request;
        return this;
    }

    public Response getResponse() {
        return response;
    }

    public void setResponse(Response response) {
        this.response = response;
    }

    public CxmlDocument withResponse(Response response) {
        this.response = response;
        return this;
    }

    public Message getMessage() {
        return message;
    }

    public void setMessage(Message message) {
        this.message = message;
    }

    public CxmlDocument withMessage(Message message) {
        this.message = message;
        return this;
    }

    /** The body kind present: "Request", "Response", "Message", or empty when none is set. */
    public Optional<String> bodyKind() {
        if (request != null) {
            return Optional.of("Request");
        }
        if (response != null) {
            return Optional.of("Response");
        }
        return message != null ? Optional.of("Message") : Optional.empty();
    }

    /** The Status of a Response, or of a Message when it carries one. */
    public Optional<Status> status() {
        if (response != null && response.getStatus() != null) {
            return Optional.of(response.getStatus());
        }
        return message == null ? Optional.empty() : Optional.ofNullable(message.getStatus());
    }

    /**
     * The ds:Signature elements (XML-DSig) after the body, as read (DOM), for callers that verify signatures against
     * the bytes received; this library does not verify them, and a document written again is not the signed byte
     * sequence. Live list, never null.
     */
    public List<org.w3c.dom.Element> getSignatures() {
        if (signatures == null) {
            signatures = new ArrayList<>();
        }
        return signatures;
    }
}
