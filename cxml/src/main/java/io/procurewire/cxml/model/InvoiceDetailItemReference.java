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

/** The order line an invoice line refers to. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "InvoiceDetailItemReference", propOrder = {"itemId", "description", "classifications", "manufacturerPartId", "manufacturerName"})
public class InvoiceDetailItemReference {

    @XmlAttribute(name = "lineNumber", required = true)
    @XmlJavaTypeAdapter(IntegerAdapter.class)
    private Integer lineNumber;

    @XmlElement(name = "ItemID")
    private ItemID itemId;

    @XmlElement(name = "Description")
    private Description description;

    @XmlElement(name = "Classification")
    private List<Classification> classifications;

    @XmlElement(name = "ManufacturerPartID")
    @XmlJavaTypeAdapter(TrimmedStringAdapter.class)
    private String manufacturerPartId;

    @XmlElement(name = "ManufacturerName")
    @XmlJavaTypeAdapter(TrimmedStringAdapter.class)
    private String manufacturerName;

    public InvoiceDetailItemReference() {
    }

    public Integer getLineNumber() {
        return lineNumber;
    }

    public void setLineNumber(Integer lineNumber) {
        this.lineNumber = lineNumber;
    }

    public InvoiceDetailItemReference withLineNumber(Integer lineNumber) {
        this.lineNumber = lineNumber;
        return this;
    }

    public ItemID getItemId() {
        return itemId;
    }

    public void setItemId(ItemID itemId) {
        this.itemId = itemId;
    }

    public InvoiceDetailItemReference withItemId(ItemID itemId) {
        this.itemId = itemId;
        return this;
    }

    public Description getDescription() {
        return description;
    }

    public void setDescription(Description description) {
        this.description = description;
    }

    public InvoiceDetailItemReference withDescription(Description description) {
        this.description = description;
        return this;
    }

    /** Live list, never null; add to it directly. */
    public List<Classification> getClassifications() {
        if (classifications == null) {
            classifications = new ArrayList<>();
        }
        return classifications;
    }

    public void setClassifications(List<Classification> classifications) {
        this.classifications = classifications == null ? null : new ArrayList<>(classifications);
    }

    public InvoiceDetailItemReference addClassifications(Classification... values) {
        getClassifications().addAll(Arrays.asList(values));
        return this;
    }

    public String getManufacturerPartId() {
        return manufacturerPartId;
    }

    public void setManufacturerPartId(String manufacturerPartId) {
        this.manufacturerPartId = manufacturerPartId;
    }

    public InvoiceDetailItemReference withManufacturerPartId(String manufacturerPartId) {
        this.manufacturerPartId = manufacturerPartId;
        return this;
    }

    public String getManufacturerName() {
        return manufacturerName;
    }

    public void setManufacturerName(String manufacturerName) {
        this.manufacturerName = manufacturerName;
    }

    public InvoiceDetailItemReference withManufacturerName(String manufacturerName) {
        this.manufacturerName = manufacturerName;
        return this;
    }

}
