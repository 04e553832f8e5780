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

/** Buyer order id without a payloadID reference. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "OrderIDInfo", propOrder = {})
public class OrderIDInfo {

    @XmlAttribute(name = "orderID", required = true)
    private String orderId;

    @XmlAttribute(name = "orderDate")
    @XmlJavaTypeAdapter(DateTimeAdapter.class)
    private OffsetDateTime orderDate;

    public OrderIDInfo() {
    }

    public String getOrderId() {
        return orderId;
    }

    public void setOrderId(String orderId) {
        this.orderId = orderId;
    }

    public OrderIDInfo withOrderId(String orderId) {
        this.orderId = orderId;
        return this;
    }

    public OffsetDateTime getOrderDate() {
        return orderDate;
    }

    public void setOrderDate(OffsetDateTime orderDate) {
        this.orderDate = orderDate;
    }

    public OrderIDInfo withOrderDate(OffsetDateTime orderDate) {
        this.orderDate = orderDate;
        return this;
    }

}
