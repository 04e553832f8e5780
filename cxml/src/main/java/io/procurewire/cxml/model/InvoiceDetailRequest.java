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

/** Invoice (InvoiceDetail.dtd): header, InvoiceDetailOrder+, summary. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "InvoiceDetailRequest", propOrder = {"header", "orders", "summary"})
public class InvoiceDetailRequest {

    @XmlElement(name = "InvoiceDetailRequestHeader")
    private InvoiceDetailRequestHeader header;

    @XmlElement(name = "InvoiceDetailOrder")
    private List<InvoiceDetailOrder> orders;

    @XmlElement(name = "InvoiceDetailSummary")
    private InvoiceDetailSummary summary;

    public InvoiceDetailRequest() {
    }

    public InvoiceDetailRequestHeader getHeader() {
        return header;
    }

    public void setHeader(InvoiceDetailRequestHeader header) {
        this.header = header;
    }

    public InvoiceDetailRequest withHeader(InvoiceDetailRequestHeader header) {
        this.header = header;
        return this;
    }

    /** Live list, never null; add to it directly. */
    public List<InvoiceDetailOrder> getOrders() {
        if (orders == null) {
            orders = new ArrayList<>();
        }
        return orders;
    }

    public void setOrders(List<InvoiceDetailOrder> orders) {
        this.orders = orders == null ? null : new ArrayList<>(orders);
    }

    public InvoiceDetailRequest addOrders(InvoiceDetailOrder... values) {
        getOrders().addAll(Arrays.asList(values));
        return this;
    }

    public InvoiceDetailSummary getSummary() {
        return summary;
    }

    public void setSummary(InvoiceDetailSummary summary) {
        this.summary = summary;
    }

    public InvoiceDetailRequest withSummary(InvoiceDetailSummary summary) {
        this.summary = summary;
        return this;
    }

}
