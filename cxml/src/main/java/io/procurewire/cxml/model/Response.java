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

/** A Response: Status, then an optional payload. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Response", propOrder = {"status", "punchOutSetupResponse", "profileResponse", "unsupportedPayloads"})
public class Response {

    @XmlAttribute(name = "Id")
    private String id;

    @XmlElement(name = "Status")
    private Status status;

    @XmlElement(name = "PunchOutSetupResponse")
    private PunchOutSetupResponse punchOutSetupResponse;

    @XmlElement(name = "ProfileResponse")
    private ProfileResponse profileResponse;

    /** Payload elements this library does not model (e.g. CatalogUploadRequest), kept as DOM so they can be named. */
    @XmlAnyElement(RawXmlHandler.class)
    private List<org.w3c.dom.Element> unsupportedPayloads;

    public Response() {
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Response withId(String id) {
        this.id = id;
        return this;
    }

    public Status getStatus() {
        return status;
    }

    public void setStatus(Status status) {
        this.status = status;
    }

    public Response withStatus(Status status) {
        this.status = status;
        return this;
    }

    public PunchOutSetupResponse getPunchOutSetupResponse() {
        return punchOutSetupResponse;
    }

    public void setPunchOutSetupResponse(PunchOutSetupResponse punchOutSetupResponse) {
        this.punchOutSetupResponse = punchOutSetupResponse;
    }

    public Response withPunchOutSetupResponse(PunchOutSetupResponse punchOutSetupResponse) {
        this.punchOutSetupResponse = punchOutSetupResponse;
        return this;
    }

    public ProfileResponse getProfileResponse() {
        return profileResponse;
    }

    public void setProfileResponse(ProfileResponse profileResponse) {
        this.profileResponse = profileResponse;
    }

    public Response withProfileResponse(ProfileResponse profileResponse) {
        this.profileResponse = profileResponse;
        return this;
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
