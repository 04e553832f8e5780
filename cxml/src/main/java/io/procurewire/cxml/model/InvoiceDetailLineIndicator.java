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

/** Which amounts are given per line (only value "yes" is meaningful). Mandatory, may be empty. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "InvoiceDetailLineIndicator", propOrder = {})
public class InvoiceDetailLineIndicator {

    @XmlAttribute(name = "isTaxInLine")
    private String isTaxInLine;

    @XmlAttribute(name = "isSpecialHandlingInLine")
    private String isSpecialHandlingInLine;

    @XmlAttribute(name = "isShippingInLine")
    private String isShippingInLine;

    @XmlAttribute(name = "isDiscountInLine")
    private String isDiscountInLine;

    @XmlAttribute(name = "isAccountingInLine")
    private String isAccountingInLine;

    @XmlAttribute(name = "isPriceAdjustmentInLine")
    private String isPriceAdjustmentInLine;

    public InvoiceDetailLineIndicator() {
    }

    public String getIsTaxInLine() {
        return isTaxInLine;
    }

    public void setIsTaxInLine(String isTaxInLine) {
        this.isTaxInLine = isTaxInLine;
    }

    public InvoiceDetailLineIndicator withIsTaxInLine(String isTaxInLine) {
        this.isTaxInLine = isTaxInLine;
        return this;
    }

    public String getIsSpecialHandlingInLine() {
        return isSpecialHandlingInLine;
    }

    public void setIsSpecialHandlingInLine(String isSpecialHandlingInLine) {
        this.isSpecialHandlingInLine = isSpecialHandlingInLine;
    }

    public InvoiceDetailLineIndicator withIsSpecialHandlingInLine(String isSpecialHandlingInLine) {
        this.isSpecialHandlingInLine = isSpecialHandlingInLine;
        return this;
    }

    public String getIsShippingInLine() {
        return isShippingInLine;
    }

    public void setIsShippingInLine(String isShippingInLine) {
        this.isShippingInLine = isShippingInLine;
    }

    public InvoiceDetailLineIndicator withIsShippingInLine(String isShippingInLine) {
        this.isShippingInLine = isShippingInLine;
        return this;
    }

    public String getIsDiscountInLine() {
        return isDiscountInLine;
    }

    public void setIsDiscountInLine(String isDiscountInLine) {
        this.isDiscountInLine = isDiscountInLine;
    }

    public InvoiceDetailLineIndicator withIsDiscountInLine(String isDiscountInLine) {
        this.isDiscountInLine = isDiscountInLine;
        return this;
    }

    public String getIsAccountingInLine() {
        return isAccountingInLine;
    }

    public void setIsAccountingInLine(String isAccountingInLine) {
        this.isAccountingInLine = isAccountingInLine;
    }

    public InvoiceDetailLineIndicator withIsAccountingInLine(String isAccountingInLine) {
        this.isAccountingInLine = isAccountingInLine;
        return this;
    }

    public String getIsPriceAdjustmentInLine() {
        return isPriceAdjustmentInLine;
    }

    public void setIsPriceAdjustmentInLine(String isPriceAdjustmentInLine) {
        this.isPriceAdjustmentInLine = isPriceAdjustmentInLine;
    }

    public InvoiceDetailLineIndicator withIsPriceAdjustmentInLine(String isPriceAdjustmentInLine) {
        this.isPriceAdjustmentInLine = isPriceAdjustmentInLine;
        return this;
    }

}
