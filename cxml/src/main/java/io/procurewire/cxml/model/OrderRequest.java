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

/** A purchase order: OrderRequestHeader, ItemOut+. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "OrderRequest", propOrder = {"header", "items"})
public class OrderRequest {

    @XmlElement(name = "OrderRequestHeader")
    private OrderRequestHeader header;

    @XmlElement(name = "ItemOut")
    private List<ItemOut> items;

    public OrderRequest() {
    }

    public OrderRequestHeader getHeader() {
        return header;
    }

    public void setHeader(OrderRequestHeader header) {
        this.header = header;
    }

    public OrderRequest withHeader(OrderRequestHeader header) {
        this.header = header;
        return this;
    }

    /** Live list, never null; add to it directly. */
    public List<ItemOut> getItems() {
        if (items == null) {
            items = new ArrayList<>();
        }
        return items;
    }

    public void setItems(List<ItemOut> items) {
        this.items = items == null ? null : new ArrayList<>(items);
    }

    public OrderRequest addItems(ItemOut... values) {
        getItems().addAll(Arrays.asList(values));
        return this;
    }

}
