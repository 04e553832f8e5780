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

/** Invoice totals: SubtotalAmount, Tax, SpecialHandlingAmount?, ShippingAmount?, GrossAmount?, InvoiceDetailDiscount?, NetAmount, DepositAmount?, DueAmount?. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "InvoiceDetailSummary", propOrder = {"subtotalAmount", "tax", "specialHandlingAmount", "shippingAmount", "grossAmount", "discount", "netAmount", "depositAmount", "dueAmount"})
public class InvoiceDetailSummary {

    @XmlElement(name = "SubtotalAmount")
    private SubtotalAmount subtotalAmount;

    @XmlElement(name = "Tax")
    private Tax tax;

    @XmlElement(name = "SpecialHandlingAmount")
    private SpecialHandlingAmount specialHandlingAmount;

    @XmlElement(name = "ShippingAmount")
    private ShippingAmount shippingAmount;

    @XmlElement(name = "GrossAmount")
    private GrossAmount grossAmount;

    @XmlElement(name = "InvoiceDetailDiscount")
    private InvoiceDetailDiscount discount;

    @XmlElement(name = "NetAmount")
    private NetAmount netAmount;

    @XmlElement(name = "DepositAmount")
    private DepositAmount depositAmount;

    @XmlElement(name = "DueAmount")
    private DueAmount dueAmount;

    public InvoiceDetailSummary() {
    }

    public SubtotalAmount getSubtotalAmount() {
        return subtotalAmount;
    }

    public void setSubtotalAmount(SubtotalAmount subtotalAmount) {
        this.subtotalAmount = subtotalAmount;
    }

    public InvoiceDetailSummary withSubtotalAmount(SubtotalAmount subtotalAmount) {
        this.subtotalAmount = subtotalAmount;
        return this;
    }

    public Tax getTax() {
        return tax;
    }

    public void setTax(Tax tax) {
        this.tax = tax;
    }

    public InvoiceDetailSummary withTax(Tax tax) {
        this.tax = tax;
        return this;
    }

    public SpecialHandlingAmount getSpecialHandlingAmount() {
        return specialHandlingAmount;
    }

    public void setSpecialHandlingAmount(SpecialHandlingAmount specialHandlingAmount) {
        this.specialHandlingAmount = specialHandlingAmount;
    }

    public InvoiceDetailSummary withSpecialHandlingAmount(SpecialHandlingAmount specialHandlingAmount) {
        this.specialHandlingAmount = specialHandlingAmount;
        return this;
    }

    public ShippingAmount getShippingAmount() {
        return shippingAmount;
    }

    public void setShippingAmount(ShippingAmount shippingAmount) {
        this.shippingAmount = shippingAmount;
    }

    public InvoiceDetailSummary withShippingAmount(ShippingAmount shippingAmount) {
        this.shippingAmount = shippingAmount;
        return this;
    }

    public GrossAmount getGrossAmount() {
        return grossAmount;
    }

    public void setGrossAmount(GrossAmount grossAmount) {
        this.grossAmount = grossAmount;
    }

    public InvoiceDetailSummary withGrossAmount(GrossAmount grossAmount) {
        this.grossAmount = grossAmount;
        return this;
    }

    public InvoiceDetailDiscount getDiscount() {
        return discount;
    }

    public void setDiscount(InvoiceDetailDiscount discount) {
        this.discount = discount;
    }

    public InvoiceDetailSummary withDiscount(InvoiceDetailDiscount discount) {
        this.discount = discount;
        return this;
    }

    public NetAmount getNetAmount() {
        return netAmount;
    }

    public void setNetAmount(NetAmount netAmount) {
        this.netAmount = netAmount;
    }

    public InvoiceDetailSummary withNetAmount(NetAmount netAmount) {
        this.netAmount = netAmount;
        return this;
    }

    public DepositAmount getDepositAmount() {
        return depositAmount;
    }

    public void setDepositAmount(DepositAmount depositAmount) {
        this.depositAmount = depositAmount;
    }

    public InvoiceDetailSummary withDepositAmount(DepositAmount depositAmount) {
        this.depositAmount = depositAmount;
        return this;
    }

    public DueAmount getDueAmount() {
        return dueAmount;
    }

    public void setDueAmount(DueAmount dueAmount) {
        this.dueAmount = dueAmount;
    }

    public InvoiceDetailSummary withDueAmount(DueAmount dueAmount) {
        this.dueAmount = dueAmount;
        return this;
    }

}
