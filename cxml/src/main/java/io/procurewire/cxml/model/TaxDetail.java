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

/** One tax line: category (e.g. sales, vat), rate, taxable and tax amounts. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "TaxDetail", propOrder = {"taxableAmount", "taxAmount", "taxLocation", "description"})
public class TaxDetail {

    @XmlAttribute(name = "purpose")
    private String purpose;

    @XmlAttribute(name = "category", required = true)
    private String category;

    @XmlAttribute(name = "percentageRate")
    @XmlJavaTypeAdapter(DecimalAdapter.class)
    private BigDecimal percentageRate;

    @XmlAttribute(name = "isVatRecoverable")
    private String isVatRecoverable;

    @XmlAttribute(name = "taxPointDate")
    @XmlJavaTypeAdapter(DateTimeAdapter.class)
    private OffsetDateTime taxPointDate;

    @XmlAttribute(name = "paymentDate")
    @XmlJavaTypeAdapter(DateTimeAdapter.class)
    private OffsetDateTime paymentDate;

    @XmlAttribute(name = "isIncludedInPrice")
    private String isIncludedInPrice;

    @XmlElement(name = "TaxableAmount")
    private TaxableAmount taxableAmount;

    @XmlElement(name = "TaxAmount")
    private TaxAmount taxAmount;

    @XmlElement(name = "TaxLocation")
    private Name taxLocation;

    @XmlElement(name = "Description")
    private Description description;

    public TaxDetail() {
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public TaxDetail withPurpose(String purpose) {
        this.purpose = purpose;
        return this;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public TaxDetail withCategory(String category) {
        this.category = category;
        return this;
    }

    public BigDecimal getPercentageRate() {
        return percentageRate;
    }

    public void setPercentageRate(BigDecimal percentageRate) {
        this.percentageRate = percentageRate;
    }

    public TaxDetail withPercentageRate(BigDecimal percentageRate) {
        this.percentageRate = percentageRate;
        return this;
    }

    public String getIsVatRecoverable() {
        return isVatRecoverable;
    }

    public void setIsVatRecoverable(String isVatRecoverable) {
        this.isVatRecoverable = isVatRecoverable;
    }

    public TaxDetail withIsVatRecoverable(String isVatRecoverable) {
        this.isVatRecoverable = isVatRecoverable;
        return this;
    }

    public OffsetDateTime getTaxPointDate() {
        return taxPointDate;
    }

    public void setTaxPointDate(OffsetDateTime taxPointDate) {
        this.taxPointDate = taxPointDate;
    }

    public TaxDetail withTaxPointDate(OffsetDateTime taxPointDate) {
        this.taxPointDate = taxPointDate;
        return this;
    }

    public OffsetDateTime getPaymentDate() {
        return paymentDate;
    }

    public void setPaymentDate(OffsetDateTime paymentDate) {
        this.paymentDate = paymentDate;
    }

    public TaxDetail withPaymentDate(OffsetDateTime paymentDate) {
        this.paymentDate = paymentDate;
        return this;
    }

    public String getIsIncludedInPrice() {
        return isIncludedInPrice;
    }

    public void setIsIncludedInPrice(String isIncludedInPrice) {
        this.isIncludedInPrice = isIncludedInPrice;
    }

    public TaxDetail withIsIncludedInPrice(String isIncludedInPrice) {
        this.isIncludedInPrice = isIncludedInPrice;
        return this;
    }

    public TaxableAmount getTaxableAmount() {
        return taxableAmount;
    }

    public void setTaxableAmount(TaxableAmount taxableAmount) {
        this.taxableAmount = taxableAmount;
    }

    public TaxDetail withTaxableAmount(TaxableAmount taxableAmount) {
        this.taxableAmount = taxableAmount;
        return this;
    }

    public TaxAmount getTaxAmount() {
        return taxAmount;
    }

    public void setTaxAmount(TaxAmount taxAmount) {
        this.taxAmount = taxAmount;
    }

    public TaxDetail withTaxAmount(TaxAmount taxAmount) {
        this.taxAmount = taxAmount;
        return this;
    }

    public Name getTaxLocation() {
        return taxLocation;
    }

    public void setTaxLocation(Name taxLocation) {
        this.taxLocation = taxLocation;
    }

    public TaxDetail withTaxLocation(Name taxLocation) {
        this.taxLocation = taxLocation;
        return this;
    }

    public Description getDescription() {
        return description;
    }

    public void setDescription(Description description) {
        this.description = description;
    }

    public TaxDetail withDescription(Description description) {
        this.description = description;
        return this;
    }

}
