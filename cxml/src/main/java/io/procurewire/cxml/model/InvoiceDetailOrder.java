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

/** Invoiced lines of one order. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "InvoiceDetailOrder", propOrder = {"orderInfo", "items"})
public class InvoiceDetailOrder {

    @XmlElement(name = "InvoiceDetailOrderInfo")
    private InvoiceDetailOrderInfo orderInfo;

    @XmlElement(name = "InvoiceDetailItem")
    private List<InvoiceDetailItem> items;

    public InvoiceDetailOrder() {
    }

    public InvoiceDetailOrderInfo getOrderInfo() {
        return orderInfo;
    }

    public void setOrderInfo(InvoiceDetailOrderInfo orderInfo) {
        this.orderInfo = orderInfo;
    }

    public InvoiceDetailOrder withOrderInfo(InvoiceDetailOrderInfo orderInfo) {
        this.orderInfo = orderInfo;
        return this;
    }

    /** Live list, never null; add to it directly. */
    public List<InvoiceDetailItem> getItems() {
        if (items == null) {
            items = new ArrayList<>();
        }
        return items;
    }

    public void setItems(List<InvoiceDetailItem> items) {
        this.items = items == null ? null : new ArrayList<>(items);
    }

    public InvoiceDetailOrder addItems(InvoiceDetailItem... values) {
        getItems().addAll(Arrays.asList(values));
        return this;
    }

}
