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

/** Carrier and tracking: CarrierIdentifier+, ShipmentIdentifier+. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ShipControl", propOrder = {"carrierIdentifiers", "shipmentIdentifiers", "contacts", "comments", "extrinsics"})
public class ShipControl {

    @XmlAttribute(name = "startDate")
    @XmlJavaTypeAdapter(DateTimeAdapter.class)
    private OffsetDateTime startDate;

    @XmlElement(name = "CarrierIdentifier")
    private List<CarrierIdentifier> carrierIdentifiers;

    @XmlElement(name = "ShipmentIdentifier")
    private List<ShipmentIdentifier> shipmentIdentifiers;

    @XmlElement(name = "Contact")
    private List<Contact> contacts;

    @XmlElement(name = "Comments")
    private List<Comments> comments;

    @XmlElement(name = "Extrinsic")
    private List<Extrinsic> extrinsics;

    public ShipControl() {
    }

    public OffsetDateTime getStartDate() {
        return startDate;
    }

    public void setStartDate(OffsetDateTime startDate) {
        this.startDate = startDate;
    }

    public ShipControl withStartDate(OffsetDateTime startDate) {
        this.startDate = startDate;
        return this;
    }

    /** Live list, never null; add to it directly. */
    public List<CarrierIdentifier> getCarrierIdentifiers() {
        if (carrierIdentifiers == null) {
            carrierIdentifiers = new ArrayList<>();
        }
        return carrierIdentifiers;
    }

    public void setCarrierIdentifiers(List<CarrierIdentifier> carrierIdentifiers) {
        this.carrierIdentifiers = carrierIdentifiers == null ? null : new ArrayList<>(carrierIdentifiers);
    }

    public ShipControl addCarrierIdentifiers(CarrierIdentifier... values) {
        getCarrierIdentifiers().addAll(Arrays.asList(values));
        return this;
    }

    /** Live list, never null; add to it directly. */
    public List<ShipmentIdentifier> getShipmentIdentifiers() {
        if (shipmentIdentifiers == null) {
            shipmentIdentifiers = new ArrayList<>();
        }
        return shipmentIdentifiers;
    }

    public void setShipmentIdentifiers(List<ShipmentIdentifier> shipmentIdentifiers) {
        this.shipmentIdentifiers = shipmentIdentifiers == null ? null : new ArrayList<>(shipmentIdentifiers);
    }

    public ShipControl addShipmentIdentifiers(ShipmentIdentifier... values) {
        getShipmentIdentifiers().addAll(Arrays.asList(values));
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

    public ShipControl addContacts(Contact... values) {
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

    public ShipControl addComments(Comments... values) {
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

    public ShipControl addExtrinsics(Extrinsic... values) {
        getExtrinsics().addAll(Arrays.asList(values));
        return this;
    }

}
