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

/** The part of one order in a shipment: OrderReference, ..., ShipNoticeItem*. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ShipNoticePortion", propOrder = {"orderReference", "contacts", "comments", "extrinsics", "items"})
public class ShipNoticePortion {

    @XmlElement(name = "OrderReference")
    private OrderReference orderReference;

    @XmlElement(name = "Contact")
    private List<Contact> contacts;

    @XmlElement(name = "Comments")
    private List<Comments> comments;

    @XmlElement(name = "Extrinsic")
    private List<Extrinsic> extrinsics;

    @XmlElement(name = "ShipNoticeItem")
    private List<ShipNoticeItem> items;

    public ShipNoticePortion() {
    }

    public OrderReference getOrderReference() {
        return orderReference;
    }

    public void setOrderReference(OrderReference orderReference) {
        this.orderReference = orderReference;
    }

    public ShipNoticePortion withOrderReference(OrderReference orderReference) {
        this.orderReference = orderReference;
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

    public ShipNoticePortion addContacts(Contact... values) {
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

    public ShipNoticePortion addComments(Comments... values) {
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

    public ShipNoticePortion addExtrinsics(Extrinsic... values) {
        getExtrinsics().addAll(Arrays.asList(values));
        return this;
    }

    /** Live list, never null; add to it directly. */
    public List<ShipNoticeItem> getItems() {
        if (items == null) {
            items = new ArrayList<>();
        }
        return items;
    }

    public void setItems(List<ShipNoticeItem> items) {
        this.items = items == null ? null : new ArrayList<>(items);
    }

    public ShipNoticePortion addItems(ShipNoticeItem... values) {
        getItems().addAll(Arrays.asList(values));
        return this;
    }

}
