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

/** A line a buyer sends to a supplier (OrderRequest line, PunchOutSetupRequest edit line). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ItemOut", propOrder = {"itemId", "itemDetail", "shipTo", "shipping", "tax", "distributions", "contacts", "comments"})
public class ItemOut {

    @XmlAttribute(name = "quantity", required = true)
    @XmlJavaTypeAdapter(DecimalAdapter.class)
    private BigDecimal quantity;

    @XmlAttribute(name = "lineNumber")
    @XmlJavaTypeAdapter(IntegerAdapter.class)
    private Integer lineNumber;

    @XmlAttribute(name = "requisitionID")
    private String requisitionId;

    @XmlAttribute(name = "requestedDeliveryDate")
    @XmlJavaTypeAdapter(DateTimeAdapter.class)
    private OffsetDateTime requestedDeliveryDate;

    @XmlElement(name = "ItemID")
    private ItemID itemId;

    @XmlElement(name = "ItemDetail")
    private ItemDetail itemDetail;

    @XmlElement(name = "ShipTo")
    private ShipTo shipTo;

    @XmlElement(name = "Shipping")
    private Shipping shipping;

    @XmlElement(name = "Tax")
    private Tax tax;

    @XmlElement(name = "Distribution")
    private List<Distribution> distributions;

    @XmlElement(name = "Contact")
    private List<Contact> contacts;

    @XmlElement(name = "Comments")
    private Comments comments;

    public ItemOut() {
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public ItemOut withQuantity(BigDecimal quantity) {
        this.quantity = quantity;
        return this;
    }

    public Integer getLineNumber() {
        return lineNumber;
    }

    public void setLineNumber(Integer lineNumber) {
        this.lineNumber = lineNumber;
    }

    public ItemOut withLineNumber(Integer lineNumber) {
        this.lineNumber = lineNumber;
        return this;
    }

    public String getRequisitionId() {
        return requisitionId;
    }

    public void setRequisitionId(String requisitionId) {
        this.requisitionId = requisitionId;
    }

    public ItemOut withRequisitionId(String requisitionId) {
        this.requisitionId = requisitionId;
        return this;
    }

    public OffsetDateTime getRequestedDeliveryDate() {
        return requestedDeliveryDate;
    }

    public void setRequestedDeliveryDate(OffsetDateTime requestedDeliveryDate) {
        this.requestedDeliveryDate = requestedDeliveryDate;
    }

    public ItemOut withRequestedDeliveryDate(OffsetDateTime requestedDeliveryDate) {
        this.requestedDeliveryDate = requestedDeliveryDate;
        return this;
    }

    public ItemID getItemId() {
        return itemId;
    }

    public void setItemId(ItemID itemId) {
        this.itemId = itemId;
    }

    public ItemOut withItemId(ItemID itemId) {
        this.itemId = itemId;
        return this;
    }

    public ItemDetail getItemDetail() {
        return itemDetail;
    }

    public void setItemDetail(ItemDetail itemDetail) {
        this.itemDetail = itemDetail;
    }

    public ItemOut withItemDetail(ItemDetail itemDetail) {
        this.itemDetail = itemDetail;
        return this;
    }

    public ShipTo getShipTo() {
        return shipTo;
    }

    public void setShipTo(ShipTo shipTo) {
        this.shipTo = shipTo;
    }

    public ItemOut withShipTo(ShipTo shipTo) {
        this.shipTo = shipTo;
        return this;
    }

    public Shipping getShipping() {
        return shipping;
    }

    public void setShipping(Shipping shipping) {
        this.shipping = shipping;
    }

    public ItemOut withShipping(Shipping shipping) {
        this.shipping = shipping;
        return this;
    }

    public Tax getTax() {
        return tax;
    }

    public void setTax(Tax tax) {
        this.tax = tax;
    }

    public ItemOut withTax(Tax tax) {
        this.tax = tax;
        return this;
    }

    /** Live list, never null; add to it directly. */
    public List<Distribution> getDistributions() {
        if (distributions == null) {
            distributions = new ArrayList<>();
        }
        return distributions;
    }

    public void setDistributions(List<Distribution> distributions) {
        this.distributions = distributions == null ? null : new ArrayList<>(distributions);
    }

    public ItemOut addDistributions(Distribution... values) {
        getDistributions().addAll(Arrays.asList(values));
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

    public ItemOut addContacts(Contact... values) {
        getContacts().addAll(Arrays.asList(values));
        return this;
    }

    public Comments getComments() {
        return comments;
    }

    public void setComments(Comments comments) {
        this.comments = comments;
    }

    public ItemOut withComments(Comments comments) {
        this.comments = comments;
        return this;
    }

}
