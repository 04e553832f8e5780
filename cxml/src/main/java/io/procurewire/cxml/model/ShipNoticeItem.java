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

/** A shipped quantity of an order line: ItemID?, UnitOfMeasure, Comments*, Extrinsic*. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ShipNoticeItem", propOrder = {"itemId", "unitOfMeasure", "comments", "extrinsics"})
public class ShipNoticeItem {

    @XmlAttribute(name = "quantity", required = true)
    @XmlJavaTypeAdapter(DecimalAdapter.class)
    private BigDecimal quantity;

    @XmlAttribute(name = "lineNumber", required = true)
    @XmlJavaTypeAdapter(IntegerAdapter.class)
    private Integer lineNumber;

    @XmlAttribute(name = "shipNoticeLineNumber")
    @XmlJavaTypeAdapter(IntegerAdapter.class)
    private Integer shipNoticeLineNumber;

    @XmlElement(name = "ItemID")
    private ItemID itemId;

    @XmlElement(name = "UnitOfMeasure")
    @XmlJavaTypeAdapter(TrimmedStringAdapter.class)
    private String unitOfMeasure;

    @XmlElement(name = "Comments")
    private List<Comments> comments;

    @XmlElement(name = "Extrinsic")
    private List<Extrinsic> extrinsics;

    public ShipNoticeItem() {
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public ShipNoticeItem withQuantity(BigDecimal quantity) {
        this.quantity = quantity;
        return this;
    }

    public Integer getLineNumber() {
        return lineNumber;
    }

    public void setLineNumber(Integer lineNumber) {
        this.lineNumber = lineNumber;
    }

    public ShipNoticeItem withLineNumber(Integer lineNumber) {
        this.lineNumber = lineNumber;
        return this;
    }

    public Integer getShipNoticeLineNumber() {
        return shipNoticeLineNumber;
    }

    public void setShipNoticeLineNumber(Integer shipNoticeLineNumber) {
        this.shipNoticeLineNumber = shipNoticeLineNumber;
    }

    public ShipNoticeItem withShipNoticeLineNumber(Integer shipNoticeLineNumber) {
        this.shipNoticeLineNumber = shipNoticeLineNumber;
        return this;
    }

    public ItemID getItemId() {
        return itemId;
    }

    public void setItemId(ItemID itemId) {
        this.itemId = itemId;
    }

    public ShipNoticeItem withItemId(ItemID itemId) {
        this.itemId = itemId;
        return this;
    }

    public String getUnitOfMeasure() {
        return unitOfMeasure;
    }

    public void setUnitOfMeasure(String unitOfMeasure) {
        this.unitOfMeasure = unitOfMeasure;
    }

    public ShipNoticeItem withUnitOfMeasure(String unitOfMeasure) {
        this.unitOfMeasure = unitOfMeasure;
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

    public ShipNoticeItem addComments(Comments... values) {
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

    public ShipNoticeItem addExtrinsics(Extrinsic... values) {
        getExtrinsics().addAll(Arrays.asList(values));
        return this;
    }

}
