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

/** Shipping details of an invoice: Contact (shipFrom, shipTo) ..., carrier and tracking. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "InvoiceDetailShipping", propOrder = {"contacts", "carrierIdentifiers", "shipmentIdentifiers", "documentReference"})
public class InvoiceDetailShipping {

    @XmlAttribute(name = "shippingDate")
    @XmlJavaTypeAdapter(DateTimeAdapter.class)
    private OffsetDateTime shippingDate;

    @XmlElement(name = "Contact")
    private List<Contact> contacts;

    @XmlElement(name = "CarrierIdentifier")
    private List<CarrierIdentifier> carrierIdentifiers;

    @XmlElement(name = "ShipmentIdentifier")
    private List<ShipmentIdentifier> shipmentIdentifiers;

    @XmlElement(name = "DocumentReference")
    private DocumentReference documentReference;

    public InvoiceDetailShipping() {
    }

    public OffsetDateTime getShippingDate() {
        return shippingDate;
    }

    public void setShippingDate(OffsetDateTime shippingDate) {
        this.shippingDate = shippingDate;
    }

    public InvoiceDetailShipping withShippingDate(OffsetDateTime shippingDate) {
        this.shippingDate = shippingDate;
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

    public InvoiceDetailShipping addContacts(Contact... values) {
        getContacts().addAll(Arrays.asList(values));
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

    public InvoiceDetailShipping addCarrierIdentifiers(CarrierIdentifier... values) {
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

    public InvoiceDetailShipping addShipmentIdentifiers(ShipmentIdentifier... values) {
        getShipmentIdentifiers().addAll(Arrays.asList(values));
        return this;
    }

    public DocumentReference getDocumentReference() {
        return documentReference;
    }

    public void setDocumentReference(DocumentReference documentReference) {
        this.documentReference = documentReference;
    }

    public InvoiceDetailShipping withDocumentReference(DocumentReference documentReference) {
        this.documentReference = documentReference;
        return this;
    }

}
