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

/** Quantity the unit price refers to. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "PriceBasisQuantity", propOrder = {"unitOfMeasure", "description"})
public class PriceBasisQuantity {

    @XmlAttribute(name = "quantity", required = true)
    @XmlJavaTypeAdapter(DecimalAdapter.class)
    private BigDecimal quantity;

    @XmlAttribute(name = "conversionFactor", required = true)
    @XmlJavaTypeAdapter(DecimalAdapter.class)
    private BigDecimal conversionFactor;

    @XmlElement(name = "UnitOfMeasure")
    @XmlJavaTypeAdapter(TrimmedStringAdapter.class)
    private String unitOfMeasure;

    @XmlElement(name = "Description")
    private Description description;

    public PriceBasisQuantity() {
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public PriceBasisQuantity withQuantity(BigDecimal quantity) {
        this.quantity = quantity;
        return this;
    }

    public BigDecimal getConversionFactor() {
        return conversionFactor;
    }

    public void setConversionFactor(BigDecimal conversionFactor) {
        this.conversionFactor = conversionFactor;
    }

    public PriceBasisQuantity withConversionFactor(BigDecimal conversionFactor) {
        this.conversionFactor = conversionFactor;
        return this;
    }

    public Description getDescription() {
        return description;
    }

    public void setDescription(Description description) {
        this.description = description;
    }

    public PriceBasisQuantity withDescription(Description description) {
        this.description = description;
        return this;
    }

    public String getUnitOfMeasure() {
        return unitOfMeasure;
    }

    public void setUnitOfMeasure(String unitOfMeasure) {
        this.unitOfMeasure = unitOfMeasure;
    }

    public PriceBasisQuantity withUnitOfMeasure(String unitOfMeasure) {
        this.unitOfMeasure = unitOfMeasure;
        return this;
    }
}
