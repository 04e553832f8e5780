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

/** Header flags (only value "yes" is meaningful). Mandatory, may be empty. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "InvoiceDetailHeaderIndicator", propOrder = {})
public class InvoiceDetailHeaderIndicator {

    @XmlAttribute(name = "isHeaderInvoice")
    private String isHeaderInvoice;

    @XmlAttribute(name = "isVatRecoverable")
    private String isVatRecoverable;

    @XmlAttribute(name = "isPriceBasedLineLevelCreditMemo")
    private String isPriceBasedLineLevelCreditMemo;

    public InvoiceDetailHeaderIndicator() {
    }

    public String getIsHeaderInvoice() {
        return isHeaderInvoice;
    }

    public void setIsHeaderInvoice(String isHeaderInvoice) {
        this.isHeaderInvoice = isHeaderInvoice;
    }

    public InvoiceDetailHeaderIndicator withIsHeaderInvoice(String isHeaderInvoice) {
        this.isHeaderInvoice = isHeaderInvoice;
        return this;
    }

    public String getIsVatRecoverable() {
        return isVatRecoverable;
    }

    public void setIsVatRecoverable(String isVatRecoverable) {
        this.isVatRecoverable = isVatRecoverable;
    }

    public InvoiceDetailHeaderIndicator withIsVatRecoverable(String isVatRecoverable) {
        this.isVatRecoverable = isVatRecoverable;
        return this;
    }

    public String getIsPriceBasedLineLevelCreditMemo() {
        return isPriceBasedLineLevelCreditMemo;
    }

    public void setIsPriceBasedLineLevelCreditMemo(String isPriceBasedLineLevelCreditMemo) {
        this.isPriceBasedLineLevelCreditMemo = isPriceBasedLineLevelCreditMemo;
    }

    public InvoiceDetailHeaderIndicator withIsPriceBasedLineLevelCreditMemo(String isPriceBasedLineLevelCreditMemo) {
        this.isPriceBasedLineLevelCreditMemo = isPriceBasedLineLevelCreditMemo;
        return this;
    }

}
