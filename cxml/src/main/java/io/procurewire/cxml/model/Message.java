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

/** A one-way Message (e.g. PunchOutOrderMessage), with optional Status. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Message", propOrder = {"status", "punchOutOrderMessage", "unsupportedPayloads"})
public class Message {

    @XmlAttribute(name = "deploymentMode")
    private String deploymentMode;

    @XmlAttribute(name = "inReplyTo")
    private String inReplyTo;

    @XmlAttribute(name = "Id")
    private String id;

    @XmlElement(name = "Status")
    private Status status;

    @XmlElement(name = "PunchOutOrderMessage")
    private PunchOutOrderMessage punchOutOrderMessage;

    /** Payload elements this library does not model (e.g. CatalogUploadRequest), kept as DOM so they can be named. */
    @XmlAnyElement(RawXmlHandler.class)
    private List<org.w3c.dom.Element> unsupportedPayloads;

    public Message() {
    }

    public String getDeploymentMode() {
        return deploymentMode;
    }

    public void setDeploymentMode(String deploymentMode) {
        this.deploymentMode = deploymentMode;
    }

    public Message withDeploymentMode(String deploymentMode) {
        this.deploymentMode = deploymentMode;
        return this;
    }

    public String getInReplyTo() {
        return inReplyTo;
    }

    public void setInReplyTo(String inReplyTo) {
        this.inReplyTo = inReplyTo;
    }

    public Message withInReplyTo(String inReplyTo) {
        this.inReplyTo = inReplyTo;
        return this;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Message withId(String id) {
        this.id = id;
        return this;
    }

    public Status getStatus() {
        return status;
    }

    public void setStatus(Status status) {
        this.status = status;
    }

    public Message withStatus(Status status) {
        this.status = status;
        return this;
    }

    public PunchOutOrderMessage getPunchOutOrderMessage() {
        return punchOutOrderMessage;
    }

    public void setPunchOutOrderMessage(PunchOutOrderMessage punchOutOrderMessage) {
        this.punchOutOrderMessage = punchOutOrderMessage;
    }

    public Message withPunchOutOrderMessage(PunchOutOrderMessage punchOutOrderMessage) {
        this.punchOutOrderMessage = punchOutOrderMessage;
        return this;
    }

    /** True when deploymentMode is "test" (absent means production). */
    public boolean isTest() {
        return "test".equalsIgnoreCase(deploymentMode == null ? null : deploymentMode.trim());
    }

    /** Payload elements this library does not model, as read (DOM); live list, never null. */
    public List<org.w3c.dom.Element> getUnsupportedPayloads() {
        if (unsupportedPayloads == null) {
            unsupportedPayloads = new ArrayList<>();
        }
        return unsupportedPayloads;
    }

    /** Element names of {@link #getUnsupportedPayloads()}, in document order. */
    public List<String> unsupportedPayloadNames() {
        return unsupportedPayloads == null ? List.of()
                : unsupportedPayloads.stream().map(e -> e.getLocalName() == null ? e.getTagName() : e.getLocalName()).toList();
    }
}
