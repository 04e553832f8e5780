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

/** A line a supplier sends to a buyer (cart line in PunchOutOrderMessage). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ItemIn", propOrder = {"itemId", "itemDetail", "shipTo", "shipping", "tax", "distributions", "contacts", "comments", "extrinsics"})
public class ItemIn {

    @XmlAttribute(name = "quantity", required = true)
    @XmlJavaTypeAdapter(DecimalAdapter.class)
    private BigDecimal quantity;

    @XmlAttribute(name = "lineNumber")
    @XmlJavaTypeAdapter(IntegerAdapter.class)
    private Integer lineNumber;

    @XmlAttribute(name = "parentLineNumber")
    @XmlJavaTypeAdapter(IntegerAdapter.class)
    private Integer parentLineNumber;

    @XmlAttribute(name = "itemType")
    private String itemType;

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

    @XmlElement(name = "Extrinsic")
    private List<Extrinsic> extrinsics;

    public ItemIn() {
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public ItemIn withQuantity(BigDecimal quantity) {
        this.quantity = quantity;
        return this;
    }

    public Integer getLineNumber() {
        return lineNumber;
    }

    public void setLineNumber(Integer lineNumber) {
        this.lineNumber = lineNumber;
    }

    public ItemIn withLineNumber(Integer lineNumber) {
        this.lineNumber = lineNumber;
        return this;
    }

    public Integer getParentLineNumber() {
        return parentLineNumber;
    }

    public void setParentLineNumber(Integer parentLineNumber) {
        this.parentLineNumber = parentLineNumber;
    }

    public ItemIn withParentLineNumber(Integer parentLineNumber) {
        this.parentLineNumber = parentLineNumber;
        return this;
    }

    public String getItemType() {
        return itemType;
    }

    public void setItemType(String itemType) {
        this.itemType = itemType;
    }

    public ItemIn withItemType(String itemType) {
        this.itemType = itemType;
        return this;
    }

    public ItemID getItemId() {
        return itemId;
    }

    public void setItemId(ItemID itemId) {
        this.itemId = itemId;
    }

    public ItemIn withItemId(ItemID itemId) {
        this.itemId = itemId;
        return this;
    }

    public ItemDetail getItemDetail() {
        return itemDetail;
    }

    public void setItemDetail(ItemDetail itemDetail) {
        this.itemDetail = itemDetail;
    }

    public ItemIn withItemDetail(ItemDetail itemDetail) {
        this.itemDetail = itemDetail;
        return this;
    }

    public ShipTo getShipTo() {
        return shipTo;
    }

    public void setShipTo(ShipTo shipTo) {
        this.shipTo = shipTo;
    }

    public ItemIn withShipTo(ShipTo shipTo) {
        this.shipTo = shipTo;
        return this;
    }

    public Shipping getShipping() {
        return shipping;
    }

    public void setShipping(Shipping shipping) {
        this.shipping = shipping;
    }

    public ItemIn withShipping(Shipping shipping) {
        this.shipping = shipping;
        return this;
    }

    public Tax getTax() {
        return tax;
    }

    public void setTax(Tax tax) {
        this.tax = tax;
    }

    public ItemIn withTax(Tax tax) {
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

    public ItemIn addDistributions(Distribution... values) {
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

    public ItemIn addContacts(Contact... values) {
        getContacts().addAll(Arrays.asList(values));
        return this;
    }

    public Comments getComments() {
        return comments;
    }

    public void setComments(Comments comments) {
        this.comments = comments;
    }

    public ItemIn withComments(Comments comments) {
        this.comments = comments;
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

    public ItemIn addExtrinsics(Extrinsic... values) {
        getExtrinsics().addAll(Arrays.asList(values));
        return this;
    }

    /** Extrinsic value by name (case-insensitive). */
    public Optional<String> extrinsic(String name) {
        return Extrinsic.find(extrinsics, name);
    }

}
