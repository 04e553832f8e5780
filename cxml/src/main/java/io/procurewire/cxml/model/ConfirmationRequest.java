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

/** Order confirmation (Fulfill.dtd). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ConfirmationRequest", propOrder = {"header", "orderReference", "items"})
public class ConfirmationRequest {

    @XmlElement(name = "ConfirmationHeader")
    private ConfirmationHeader header;

    @XmlElement(name = "OrderReference")
    private OrderReference orderReference;

    @XmlElement(name = "ConfirmationItem")
    private List<ConfirmationItem> items;

    public ConfirmationRequest() {
    }

    public ConfirmationHeader getHeader() {
        return header;
    }

    public void setHeader(ConfirmationHeader header) {
        this.header = header;
    }

    public ConfirmationRequest withHeader(ConfirmationHeader header) {
        this.header = header;
        return this;
    }

    public OrderReference getOrderReference() {
        return orderReference;
    }

    public void setOrderReference(OrderReference orderReference) {
        this.orderReference = orderReference;
    }

    public ConfirmationRequest withOrderReference(OrderReference orderReference) {
        this.orderReference = orderReference;
        return this;
    }

    /** Live list, never null; add to it directly. */
    public List<ConfirmationItem> getItems() {
        if (items == null) {
            items = new ArrayList<>();
        }
        return items;
    }

    public void setItems(List<ConfirmationItem> items) {
        this.items = items == null ? null : new ArrayList<>(items);
    }

    public ConfirmationRequest addItems(ConfirmationItem... values) {
        getItems().addAll(Arrays.asList(values));
        return this;
    }

}
