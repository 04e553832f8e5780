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

/** An invoice line in DTD order: UnitOfMeasure, UnitPrice, PriceBasisQuantity?, InvoiceDetailItemReference, SubtotalAmount?, Tax?, ... */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "InvoiceDetailItem", propOrder = {"unitOfMeasure", "unitPrice", "priceBasisQuantity", "itemReference", "subtotalAmount", "tax", "specialHandling", "lineShipping", "grossAmount", "discount", "netAmount", "distributions", "comments", "extrinsics"})
public class InvoiceDetailItem {

    @XmlAttribute(name = "invoiceLineNumber", required = true)
    @XmlJavaTypeAdapter(IntegerAdapter.class)
    private Integer invoiceLineNumber;

    @XmlAttribute(name = "quantity", required = true)
    @XmlJavaTypeAdapter(DecimalAdapter.class)
    private BigDecimal quantity;

    @XmlAttribute(name = "referenceDate")
    @XmlJavaTypeAdapter(DateTimeAdapter.class)
    private OffsetDateTime referenceDate;

    @XmlElement(name = "UnitOfMeasure")
    @XmlJavaTypeAdapter(TrimmedStringAdapter.class)
    private String unitOfMeasure;

    @XmlElement(name = "UnitPrice")
    private UnitPrice unitPrice;

    @XmlElement(name = "PriceBasisQuantity")
    private PriceBasisQuantity priceBasisQuantity;

    @XmlElement(name = "InvoiceDetailItemReference")
    private InvoiceDetailItemReference itemReference;

    @XmlElement(name = "SubtotalAmount")
    private SubtotalAmount subtotalAmount;

    @XmlElement(name = "Tax")
    private Tax tax;

    @XmlElement(name = "InvoiceDetailLineSpecialHandling")
    private InvoiceDetailLineSpecialHandling specialHandling;

    @XmlElement(name = "InvoiceDetailLineShipping")
    private InvoiceDetailLineShipping lineShipping;

    @XmlElement(name = "GrossAmount")
    private GrossAmount grossAmount;

    @XmlElement(name = "InvoiceDetailDiscount")
    private InvoiceDetailDiscount discount;

    @XmlElement(name = "NetAmount")
    private NetAmount netAmount;

    @XmlElement(name = "Distribution")
    private List<Distribution> distributions;

    @XmlElement(name = "Comments")
    private Comments comments;

    @XmlElement(name = "Extrinsic")
    private List<Extrinsic> extrinsics;

    public InvoiceDetailItem() {
    }

    public Integer getInvoiceLineNumber() {
        return invoiceLineNumber;
    }

    public void setInvoiceLineNumber(Integer invoiceLineNumber) {
        this.invoiceLineNumber = invoiceLineNumber;
    }

    public InvoiceDetailItem withInvoiceLineNumber(Integer invoiceLineNumber) {
        this.invoiceLineNumber = invoiceLineNumber;
        return this;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public InvoiceDetailItem withQuantity(BigDecimal quantity) {
        this.quantity = quantity;
        return this;
    }

    public OffsetDateTime getReferenceDate() {
        return referenceDate;
    }

    public void setReferenceDate(OffsetDateTime referenceDate) {
        this.referenceDate = referenceDate;
    }

    public InvoiceDetailItem withReferenceDate(OffsetDateTime referenceDate) {
        this.referenceDate = referenceDate;
        return this;
    }

    public String getUnitOfMeasure() {
        return unitOfMeasure;
    }

    public void setUnitOfMeasure(String unitOfMeasure) {
        this.unitOfMeasure = unitOfMeasure;
    }

    public InvoiceDetailItem withUnitOfMeasure(String unitOfMeasure) {
        this.unitOfMeasure = unitOfMeasure;
        return this;
    }

    public UnitPrice getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(UnitPrice unitPrice) {
        this.unitPrice = unitPrice;
    }

    public InvoiceDetailItem withUnitPrice(UnitPrice unitPrice) {
        this.unitPrice = unitPrice;
        return this;
    }

    public PriceBasisQuantity getPriceBasisQuantity() {
        return priceBasisQuantity;
    }

    public void setPriceBasisQuantity(PriceBasisQuantity priceBasisQuantity) {
        this.priceBasisQuantity = priceBasisQuantity;
    }

    public InvoiceDetailItem withPriceBasisQuantity(PriceBasisQuantity priceBasisQuantity) {
        this.priceBasisQuantity = priceBasisQuantity;
        return this;
    }

    public InvoiceDetailItemReference getItemReference() {
        return itemReference;
    }

    public void setItemReference(InvoiceDetailItemReference itemReference) {
        this.itemReference = itemReference;
    }

    public InvoiceDetailItem withItemReference(InvoiceDetailItemReference itemReference) {
        this.itemReference = itemReference;
        return this;
    }

    public SubtotalAmount getSubtotalAmount() {
        return subtotalAmount;
    }

    public void setSubtotalAmount(SubtotalAmount subtotalAmount) {
        this.subtotalAmount = subtotalAmount;
    }

    public InvoiceDetailItem withSubtotalAmount(SubtotalAmount subtotalAmount) {
        this.subtotalAmount = subtotalAmount;
        return this;
    }

    public Tax getTax() {
        return tax;
    }

    public void setTax(Tax tax) {
        this.tax = tax;
    }

    public InvoiceDetailItem withTax(Tax tax) {
        this.tax = tax;
        return this;
    }

    public InvoiceDetailLineSpecialHandling getSpecialHandling() {
        return specialHandling;
    }

    public void setSpecialHandling(InvoiceDetailLineSpecialHandling specialHandling) {
        this.specialHandling = specialHandling;
    }

    public InvoiceDetailItem withSpecialHandling(InvoiceDetailLineSpecialHandling specialHandling) {
        this.specialHandling = specialHandling;
        return this;
    }

    public InvoiceDetailLineShipping getLineShipping() {
        return lineShipping;
    }

    public void setLineShipping(InvoiceDetailLineShipping lineShipping) {
        this.lineShipping = lineShipping;
    }

    public InvoiceDetailItem withLineShipping(InvoiceDetailLineShipping lineShipping) {
        this.lineShipping = lineShipping;
        return this;
    }

    public GrossAmount getGrossAmount() {
        return grossAmount;
    }

    public void setGrossAmount(GrossAmount grossAmount) {
        this.grossAmount = grossAmount;
    }

    public InvoiceDetailItem withGrossAmount(GrossAmount grossAmount) {
        this.grossAmount = grossAmount;
        return this;
    }

    public InvoiceDetailDiscount getDiscount() {
        return discount;
    }

    public void setDiscount(InvoiceDetailDiscount discount) {
        this.discount = discount;
    }

    public InvoiceDetailItem withDiscount(InvoiceDetailDiscount discount) {
        this.discount = discount;
        return this;
    }

    public NetAmount getNetAmount() {
        return netAmount;
    }

    public void setNetAmount(NetAmount netAmount) {
        this.netAmount = netAmount;
    }

    public InvoiceDetailItem withNetAmount(NetAmount netAmount) {
        this.netAmount = netAmount;
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

    public InvoiceDetailItem addDistributions(Distribution... values) {
        getDistributions().addAll(Arrays.asList(values));
        return this;
    }

    public Comments getComments() {
        return comments;
    }

    public void setComments(Comments comments) {
        this.comments = comments;
    }

    public InvoiceDetailItem withComments(Comments comments) {
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

    public InvoiceDetailItem addExtrinsics(Extrinsic... values) {
        getExtrinsics().addAll(Arrays.asList(values));
        return this;
    }

}
