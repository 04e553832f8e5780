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

/** Status of (part of) a confirmed line: type, quantity, UnitOfMeasure, optional changed ItemIn/UnitPrice. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ConfirmationStatus", propOrder = {"unitOfMeasure", "itemIn", "unitPrice", "tax", "shipping", "comments", "extrinsics"})
public class ConfirmationStatus {

    @XmlAttribute(name = "type", required = true)
    private String type;

    @XmlAttribute(name = "quantity", required = true)
    @XmlJavaTypeAdapter(DecimalAdapter.class)
    private BigDecimal quantity;

    @XmlAttribute(name = "shipmentDate")
    @XmlJavaTypeAdapter(DateTimeAdapter.class)
    private OffsetDateTime shipmentDate;

    @XmlAttribute(name = "deliveryDate")
    @XmlJavaTypeAdapter(DateTimeAdapter.class)
    private OffsetDateTime deliveryDate;

    @XmlElement(name = "UnitOfMeasure")
    @XmlJavaTypeAdapter(TrimmedStringAdapter.class)
    private String unitOfMeasure;

    @XmlElement(name = "ItemIn")
    private ItemIn itemIn;

    @XmlElement(name = "UnitPrice")
    private UnitPrice unitPrice;

    @XmlElement(name = "Tax")
    private Tax tax;

    @XmlElement(name = "Shipping")
    private Shipping shipping;

    @XmlElement(name = "Comments")
    private List<Comments> comments;

    @XmlElement(name = "Extrinsic")
    private List<Extrinsic> extrinsics;

    public ConfirmationStatus() {
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public ConfirmationStatus withType(String type) {
        this.type = type;
        return this;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public ConfirmationStatus withQuantity(BigDecimal quantity) {
        this.quantity = quantity;
        return this;
    }

    public OffsetDateTime getShipmentDate() {
        return shipmentDate;
    }

    public void setShipmentDate(OffsetDateTime shipmentDate) {
        this.shipmentDate = shipmentDate;
    }

    public ConfirmationStatus withShipmentDate(OffsetDateTime shipmentDate) {
        this.shipmentDate = shipmentDate;
        return this;
    }

    public OffsetDateTime getDeliveryDate() {
        return deliveryDate;
    }

    public void setDeliveryDate(OffsetDateTime deliveryDate) {
        this.deliveryDate = deliveryDate;
    }

    public ConfirmationStatus withDeliveryDate(OffsetDateTime deliveryDate) {
        this.deliveryDate = deliveryDate;
        return this;
    }

    public String getUnitOfMeasure() {
        return unitOfMeasure;
    }

    public void setUnitOfMeasure(String unitOfMeasure) {
        this.unitOfMeasure = unitOfMeasure;
    }

    public ConfirmationStatus withUnitOfMeasure(String unitOfMeasure) {
        this.unitOfMeasure = unitOfMeasure;
        return this;
    }

    public ItemIn getItemIn() {
        return itemIn;
    }

    public void setItemIn(ItemIn itemIn) {
        this.itemIn = itemIn;
    }

    public ConfirmationStatus withItemIn(ItemIn itemIn) {
        this.itemIn = itemIn;
        return this;
    }

    public UnitPrice getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(UnitPrice unitPrice) {
        this.unitPrice = unitPrice;
    }

    public ConfirmationStatus withUnitPrice(UnitPrice unitPrice) {
        this.unitPrice = unitPrice;
        return this;
    }

    public Tax getTax() {
        return tax;
    }

    public void setTax(Tax tax) {
        this.tax = tax;
    }

    public ConfirmationStatus withTax(Tax tax) {
        this.tax = tax;
        return this;
    }

    public Shipping getShipping() {
        return shipping;
    }

    public void setShipping(Shipping shipping) {
        this.shipping = shipping;
    }

    public ConfirmationStatus withShipping(Shipping shipping) {
        this.shipping = shipping;
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

    public ConfirmationStatus addComments(Comments... values) {
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

    public ConfirmationStatus addExtrinsics(Extrinsic... values) {
        getExtrinsics().addAll(Arrays.asList(values));
        return this;
    }

}
