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

/** The supplier's sales order id. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "SupplierOrderInfo", propOrder = {})
public class SupplierOrderInfo {

    @XmlAttribute(name = "orderID", required = true)
    private String orderId;

    @XmlAttribute(name = "orderDate")
    @XmlJavaTypeAdapter(DateTimeAdapter.class)
    private OffsetDateTime orderDate;

    public SupplierOrderInfo() {
    }

    public String getOrderId() {
        return orderId;
    }

    public void setOrderId(String orderId) {
        this.orderId = orderId;
    }

    public SupplierOrderInfo withOrderId(String orderId) {
        this.orderId = orderId;
        return this;
    }

    public OffsetDateTime getOrderDate() {
        return orderDate;
    }

    public void setOrderDate(OffsetDateTime orderDate) {
        this.orderDate = orderDate;
    }

    public SupplierOrderInfo withOrderDate(OffsetDateTime orderDate) {
        this.orderDate = orderDate;
        return this;
    }

}
