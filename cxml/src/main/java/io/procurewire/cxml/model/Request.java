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

/** A Request: exactly one payload field is set. deploymentMode absent means production. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Request", propOrder = {"punchOutSetupRequest", "orderRequest", "confirmationRequest", "shipNoticeRequest", "invoiceDetailRequest", "profileRequest", "statusUpdateRequest", "unsupportedPayloads"})
public class Request {

    @XmlAttribute(name = "deploymentMode")
    private String deploymentMode;

    @XmlAttribute(name = "Id")
    private String id;

    @XmlElement(name = "PunchOutSetupRequest")
    private PunchOutSetupRequest punchOutSetupRequest;

    @XmlElement(name = "OrderRequest")
    private OrderRequest orderRequest;

    @XmlElement(name = "ConfirmationRequest")
    private ConfirmationRequest confirmationRequest;

    @XmlElement(name = "ShipNoticeRequest")
    private ShipNoticeRequest shipNoticeRequest;

    @XmlElement(name = "InvoiceDetailRequest")
    private InvoiceDetailRequest invoiceDetailRequest;

    @XmlElement(name = "ProfileRequest")
    private ProfileRequest profileRequest;

    @XmlElement(name = "StatusUpdateRequest")
    private StatusUpdateRequest statusUpdateRequest;

    /** Payload elements this library does not model (e.g. CatalogUploadRequest), kept as DOM so they can be named. */
    @XmlAnyElement(RawXmlHandler.class)
    private List<org.w3c.dom.Element> unsupportedPayloads;

    public Request() {
    }

    public String getDeploymentMode() {
        return deploymentMode;
    }

    public void setDeploymentMode(String deploymentMode) {
        this.deploymentMode = deploymentMode;
    }

    public Request withDeploymentMode(String deploymentMode) {
        this.deploymentMode = deploymentMode;
        return this;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Request withId(String id) {
        this.id = id;
        return this;
    }

    public PunchOutSetupRequest getPunchOutSetupRequest() {
        return punchOutSetupRequest;
    }

    public void setPunchOutSetupRequest(PunchOutSetupRequest punchOutSetupRequest) {
        this.punchOutSetupRequest = punchOutSetupRequest;
    }

    public Request withPunchOutSetupRequest(PunchOutSetupRequest punchOutSetupRequest) {
        this.punchOutSetupRequest = punchOutSetupRequest;
        return this;
    }

    public OrderRequest getOrderRequest() {
        return orderRequest;
    }

    public void setOrderRequest(OrderRequest orderRequest) {
        this.orderRequest = orderRequest;
    }

    public Request withOrderRequest(OrderRequest orderRequest) {
        this.orderRequest = orderRequest;
        return this;
    }

    public ConfirmationRequest getConfirmationRequest() {
        return confirmationRequest;
    }

    public void setConfirmationRequest(ConfirmationRequest confirmationRequest) {
        this.confirmationRequest = confirmationRequest;
    }

    public Request withConfirmationRequest(ConfirmationRequest confirmationRequest) {
        this.confirmationRequest = confirmationRequest;
        return this;
    }

    public ShipNoticeRequest getShipNoticeRequest() {
        return shipNoticeRequest;
    }

    public void setShipNoticeRequest(ShipNoticeRequest shipNoticeRequest) {
        this.shipNoticeRequest = shipNoticeRequest;
    }

    public Request withShipNoticeRequest(ShipNoticeRequest shipNoticeRequest) {
        this.shipNoticeRequest = shipNoticeRequest;
        return this;
    }

    public InvoiceDetailRequest getInvoiceDetailRequest() {
        return invoiceDetailRequest;
    }

    public void setInvoiceDetailRequest(InvoiceDetailRequest invoiceDetailRequest) {
        this.invoiceDetailRequest = invoiceDetailRequest;
    }

    public Request withInvoiceDetailRequest(InvoiceDetailRequest invoiceDetailRequest) {
        this.invoiceDetailRequest = invoiceDetailRequest;
        return this;
    }

    public ProfileRequest getProfileRequest() {
        return profileRequest;
    }

    public void setProfileRequest(ProfileRequest profileRequest) {
        this.profileRequest = profileRequest;
    }

    public Request withProfileRequest(ProfileRequest profileRequest) {
        this.profileRequest = profileRequest;
        return this;
    }

    public StatusUpdateRequest getStatusUpdateRequest() {
        return statusUpdateRequest;
    }

    public void setStatusUpdateRequest(StatusUpdateRequest statusUpdateRequest) {
        this.statusUpdateRequest = statusUpdateRequest;
    }

    public Request withStatusUpdateRequest(StatusUpdateRequest statusUpdateRequest) {
        this.statusUpdateRequest = statusUpdateRequest;
        return this;
    }

    /** True when deploymentMode is "test" (absent means production). */
    public boolean isTest() {
        return "test".equalsIgnoreCase(deploymentMode == null ? null : deploymentMode.trim());
    }

    /** The payload element name that is set (e.g. "PunchOutSetupRequest"), or empty. */
    public Optional<String> payloadName() {
        if (punchOutSetupRequest != null) return Optional.of("PunchOutSetupRequest");
        if (orderRequest != null) return Optional.of("OrderRequest");
        if (confirmationRequest != null) return Optional.of("ConfirmationRequest");
        if (shipNoticeRequest != null) return Optional.of("ShipNoticeRequest");
        if (invoiceDetailRequest != null) return Optional.of("InvoiceDetailRequest");
        if (profileRequest != null) return Optional.of("ProfileRequest");
        if (statusUpdateRequest != null) return Optional.of("StatusUpdateRequest");
        return Optional.empty();
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
