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

/** A shipped quantity of an order line: ItemID?, UnitOfMeasure. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ShipNoticeItem", propOrder = {"itemId", "unitOfMeasure"})
public class ShipNoticeItem {

    @XmlAttribute(name = "quantity", required = true)
    @XmlJavaTypeAdapter(DecimalAdapter.class)
    private BigDecimal quantity;

    @XmlAttribute(name = "lineNumber", required = true)
    private Integer lineNumber;

    @XmlAttribute(name = "shipNoticeLineNumber")
    private Integer shipNoticeLineNumber;

    @XmlElement(name = "ItemID")
    private ItemID itemId;

    @XmlElement(name = "UnitOfMeasure")
    @XmlJavaTypeAdapter(TrimmedStringAdapter.class)
    private String unitOfMeasure;

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

}
