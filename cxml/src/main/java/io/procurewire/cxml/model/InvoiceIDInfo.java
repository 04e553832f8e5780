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

/** The invoice a credit or debit memo corrects: its invoiceID and date (cXML InvoiceIDInfo). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "InvoiceIDInfo", propOrder = {})
public class InvoiceIDInfo {

    @XmlAttribute(name = "invoiceID", required = true)
    private String invoiceId;

    @XmlAttribute(name = "invoiceDate")
    @XmlJavaTypeAdapter(DateTimeAdapter.class)
    private OffsetDateTime invoiceDate;

    public InvoiceIDInfo() {
    }

    public String getInvoiceId() {
        return invoiceId;
    }

    public void setInvoiceId(String invoiceId) {
        this.invoiceId = invoiceId;
    }

    public InvoiceIDInfo withInvoiceId(String invoiceId) {
        this.invoiceId = invoiceId;
        return this;
    }

    public OffsetDateTime getInvoiceDate() {
        return invoiceDate;
    }

    public void setInvoiceDate(OffsetDateTime invoiceDate) {
        this.invoiceDate = invoiceDate;
    }

    public InvoiceIDInfo withInvoiceDate(OffsetDateTime invoiceDate) {
        this.invoiceDate = invoiceDate;
        return this;
    }

}
