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

/** Reference to an OrderRequest: orderID, orderDate and the order's payloadID. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "OrderReference", propOrder = {"documentReference"})
public class OrderReference {

    @XmlAttribute(name = "orderID")
    private String orderId;

    @XmlAttribute(name = "orderDate")
    @XmlJavaTypeAdapter(DateTimeAdapter.class)
    private OffsetDateTime orderDate;

    @XmlElement(name = "DocumentReference")
    private DocumentReference documentReference;

    public OrderReference() {
    }

    public String getOrderId() {
        return orderId;
    }

    public void setOrderId(String orderId) {
        this.orderId = orderId;
    }

    public OrderReference withOrderId(String orderId) {
        this.orderId = orderId;
        return this;
    }

    public OffsetDateTime getOrderDate() {
        return orderDate;
    }

    public void setOrderDate(OffsetDateTime orderDate) {
        this.orderDate = orderDate;
    }

    public OrderReference withOrderDate(OffsetDateTime orderDate) {
        this.orderDate = orderDate;
        return this;
    }

    public DocumentReference getDocumentReference() {
        return documentReference;
    }

    public void setDocumentReference(DocumentReference documentReference) {
        this.documentReference = documentReference;
    }

    public OrderReference withDocumentReference(DocumentReference documentReference) {
        this.documentReference = documentReference;
        return this;
    }

}
