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

/** Ship notice header: shipmentID, noticeDate, shipmentDate, deliveryDate, operation new|update|delete. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ShipNoticeHeader", propOrder = {"documentReference", "contacts", "comments", "extrinsics"})
public class ShipNoticeHeader {

    @XmlAttribute(name = "shipmentID", required = true)
    private String shipmentId;

    @XmlAttribute(name = "operation")
    private String operation;

    @XmlAttribute(name = "noticeDate", required = true)
    @XmlJavaTypeAdapter(DateTimeAdapter.class)
    private OffsetDateTime noticeDate;

    @XmlAttribute(name = "shipmentDate")
    @XmlJavaTypeAdapter(DateTimeAdapter.class)
    private OffsetDateTime shipmentDate;

    @XmlAttribute(name = "deliveryDate")
    @XmlJavaTypeAdapter(DateTimeAdapter.class)
    private OffsetDateTime deliveryDate;

    @XmlAttribute(name = "shipmentType")
    private String shipmentType;

    @XmlElement(name = "DocumentReference")
    private DocumentReference documentReference;

    @XmlElement(name = "Contact")
    private List<Contact> contacts;

    @XmlElement(name = "Comments")
    private List<Comments> comments;

    @XmlElement(name = "Extrinsic")
    private List<Extrinsic> extrinsics;

    public ShipNoticeHeader() {
    }

    public String getShipmentId() {
        return shipmentId;
    }

    public void setShipmentId(String shipmentId) {
        this.shipmentId = shipmentId;
    }

    public ShipNoticeHeader withShipmentId(String shipmentId) {
        this.shipmentId = shipmentId;
        return this;
    }

    public String getOperation() {
        return operation;
    }

    public void setOperation(String operation) {
        this.operation = operation;
    }

    public ShipNoticeHeader withOperation(String operation) {
        this.operation = operation;
        return this;
    }

    public OffsetDateTime getNoticeDate() {
        return noticeDate;
    }

    public void setNoticeDate(OffsetDateTime noticeDate) {
        this.noticeDate = noticeDate;
    }

    public ShipNoticeHeader withNoticeDate(OffsetDateTime noticeDate) {
        this.noticeDate = noticeDate;
        return this;
    }

    public OffsetDateTime getShipmentDate() {
        return shipmentDate;
    }

    public void setShipmentDate(OffsetDateTime shipmentDate) {
        this.shipmentDate = shipmentDate;
    }

    public ShipNoticeHeader withShipmentDate(OffsetDateTime shipmentDate) {
        this.shipmentDate = shipmentDate;
        return this;
    }

    public OffsetDateTime getDeliveryDate() {
        return deliveryDate;
    }

    public void setDeliveryDate(OffsetDateTime deliveryDate) {
        this.deliveryDate = deliveryDate;
    }

    public ShipNoticeHeader withDeliveryDate(OffsetDateTime deliveryDate) {
        this.deliveryDate = deliveryDate;
        return this;
    }

    public String getShipmentType() {
        return shipmentType;
    }

    public void setShipmentType(String shipmentType) {
        this.shipmentType = shipmentType;
    }

    public ShipNoticeHeader withShipmentType(String shipmentType) {
        this.shipmentType = shipmentType;
        return this;
    }

    public DocumentReference getDocumentReference() {
        return documentReference;
    }

    public void setDocumentReference(DocumentReference documentReference) {
        this.documentReference = documentReference;
    }

    public ShipNoticeHeader withDocumentReference(DocumentReference documentReference) {
        this.documentReference = documentReference;
        return this;
    }

    /** Live list, never null; add to it directly. */
    public List<Contact> getContacts() {
        if (contacts == null) {
            contacts = new ArrayList<>();
        }
        return contacts;
    }

    public void setContacts(List<Contact> contacts) {
        this.contacts = contacts == null ? null : new ArrayList<>(contacts);
    }

    public ShipNoticeHeader addContacts(Contact... values) {
        getContacts().addAll(Arrays.asList(values));
        return this;
    }

    /** Live list, never null; add to it directly. */
    public List<Comments> getComments() {
        if (comments == null) {
            comments = new ArrayList<>();
        }
        return comments;
    }

    public void setComments(List<Comments> comments) {
        this.comments = comments == null ? null : new ArrayList<>(comments);
    }

    public ShipNoticeHeader addComments(Comments... values) {
        getComments().addAll(Arrays.asList(values));
        return this;
    }

    /** Live list, never null; add to it directly. */
    public List<Extrinsic> getExtrinsics() {
        if (extrinsics == null) {
            extrinsics = new ArrayList<>();
        }
        return extrinsics;
    }

    public void setExtrinsics(List<Extrinsic> extrinsics) {
        this.extrinsics = extrinsics == null ? null : new ArrayList<>(extrinsics);
    }

    public ShipNoticeHeader addExtrinsics(Extrinsic... values) {
        getExtrinsics().addAll(Arrays.asList(values));
        return this;
    }

}
