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

/** Order header: orderID, orderDate, type new|update|delete (default new), Total, ShipTo?, BillTo, ... */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "OrderRequestHeader", propOrder = {"total", "shipTo", "billTo", "shipping", "tax", "payment", "paymentTerms", "contacts", "comments", "documentReference", "extrinsics"})
public class OrderRequestHeader {

    @XmlAttribute(name = "orderID", required = true)
    private String orderId;

    @XmlAttribute(name = "orderDate", required = true)
    @XmlJavaTypeAdapter(DateTimeAdapter.class)
    private OffsetDateTime orderDate;

    @XmlAttribute(name = "type")
    private String type;

    @XmlAttribute(name = "orderType")
    private String orderType;

    @XmlAttribute(name = "orderVersion")
    @XmlJavaTypeAdapter(IntegerAdapter.class)
    private Integer orderVersion;

    @XmlAttribute(name = "requisitionID")
    private String requisitionId;

    @XmlAttribute(name = "requestedDeliveryDate")
    @XmlJavaTypeAdapter(DateTimeAdapter.class)
    private OffsetDateTime requestedDeliveryDate;

    @XmlElement(name = "Total")
    private Total total;

    @XmlElement(name = "ShipTo")
    private ShipTo shipTo;

    @XmlElement(name = "BillTo")
    private BillTo billTo;

    @XmlElement(name = "Shipping")
    private Shipping shipping;

    @XmlElement(name = "Tax")
    private Tax tax;

    @XmlElement(name = "Payment")
    private Payment payment;

    @XmlElement(name = "PaymentTerm")
    private List<PaymentTerm> paymentTerms;

    @XmlElement(name = "Contact")
    private List<Contact> contacts;

    @XmlElement(name = "Comments")
    private Comments comments;

    @XmlElement(name = "DocumentReference")
    private DocumentReference documentReference;

    @XmlElement(name = "Extrinsic")
    private List<Extrinsic> extrinsics;

    public OrderRequestHeader() {
    }

    public String getOrderId() {
        return orderId;
    }

    public void setOrderId(String orderId) {
        this.orderId = orderId;
    }

    public OrderRequestHeader withOrderId(String orderId) {
        this.orderId = orderId;
        return this;
    }

    public OffsetDateTime getOrderDate() {
        return orderDate;
    }

    public void setOrderDate(OffsetDateTime orderDate) {
        this.orderDate = orderDate;
    }

    public OrderRequestHeader withOrderDate(OffsetDateTime orderDate) {
        this.orderDate = orderDate;
        return this;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public OrderRequestHeader withType(String type) {
        this.type = type;
        return this;
    }

    public String getOrderType() {
        return orderType;
    }

    public void setOrderType(String orderType) {
        this.orderType = orderType;
    }

    public OrderRequestHeader withOrderType(String orderType) {
        this.orderType = orderType;
        return this;
    }

    public Integer getOrderVersion() {
        return orderVersion;
    }

    public void setOrderVersion(Integer orderVersion) {
        this.orderVersion = orderVersion;
    }

    public OrderRequestHeader withOrderVersion(Integer orderVersion) {
        this.orderVersion = orderVersion;
        return this;
    }

    public String getRequisitionId() {
        return requisitionId;
    }

    public void setRequisitionId(String requisitionId) {
        this.requisitionId = requisitionId;
    }

    public OrderRequestHeader withRequisitionId(String requisitionId) {
        this.requisitionId = requisitionId;
        return this;
    }

    public Total getTotal() {
        return total;
    }

    public void setTotal(Total total) {
        this.total = total;
    }

    public OrderRequestHeader withTotal(Total total) {
        this.total = total;
        return this;
    }

    public ShipTo getShipTo() {
        return shipTo;
    }

    public void setShipTo(ShipTo shipTo) {
        this.shipTo = shipTo;
    }

    public OrderRequestHeader withShipTo(ShipTo shipTo) {
        this.shipTo = shipTo;
        return this;
    }

    public BillTo getBillTo() {
        return billTo;
    }

    public void setBillTo(BillTo billTo) {
        this.billTo = billTo;
    }

    public OrderRequestHeader withBillTo(BillTo billTo) {
        this.billTo = billTo;
        return this;
    }

    public Shipping getShipping() {
        return shipping;
    }

    public void setShipping(Shipping shipping) {
        this.shipping = shipping;
    }

    public OrderRequestHeader withShipping(Shipping shipping) {
        this.shipping = shipping;
        return this;
    }

    public Tax getTax() {
        return tax;
    }

    public void setTax(Tax tax) {
        this.tax = tax;
    }

    public OrderRequestHeader withTax(Tax tax) {
        this.tax = tax;
        return this;
    }

    /** Live list, never null; add to it directly. */
    public List<PaymentTerm> getPaymentTerms() {
        if (paymentTerms == null) {
            paymentTerms = new ArrayList<>();
        }
        return paymentTerms;
    }

    public void setPaymentTerms(List<PaymentTerm> paymentTerms) {
        this.paymentTerms = paymentTerms == null ? null : new ArrayList<>(paymentTerms);
    }

    public OrderRequestHeader addPaymentTerms(PaymentTerm... values) {
        getPaymentTerms().addAll(Arrays.asList(values));
        return this;
    }

    /** Live list, never null; add to it directly. */
    public List<Contact> getContacts() {
        if (contacts == null) {
            contacts = new ArrayList<>();
        }
        return contacts;
    }

    public void setContacts(List<Contact> contacts) {
        this.contacts = contacts == null ? null : new ArrayList<>(contacts);
    }

    public OrderRequestHeader addContacts(Contact... values) {
        getContacts().addAll(Arrays.asList(values));
        return this;
    }

    public Comments getComments() {
        return comments;
    }

    public void setComments(Comments comments) {
        this.comments = comments;
    }

    public OrderRequestHeader withComments(Comments comments) {
        this.comments = comments;
        return this;
    }

    public DocumentReference getDocumentReference() {
        return documentReference;
    }

    public void setDocumentReference(DocumentReference documentReference) {
        this.documentReference = documentReference;
    }

    public OrderRequestHeader withDocumentReference(DocumentReference documentReference) {
        this.documentReference = documentReference;
        return this;
    }

    /** Live list, never null; add to it directly. */
    public List<Extrinsic> getExtrinsics() {
        if (extrinsics == null) {
            extrinsics = new ArrayList<>();
        }
        return extrinsics;
    }

    public void setExtrinsics(List<Extrinsic> extrinsics) {
        this.extrinsics = extrinsics == null ? null : new ArrayList<>(extrinsics);
    }

    public OrderRequestHeader addExtrinsics(Extrinsic... values) {
        getExtrinsics().addAll(Arrays.asList(values));
        return this;
    }

    /** type, defaulting to "new" as the DTD does. */
    public String effectiveType() {
        return type == null || type.isBlank() ? "new" : type.trim();
    }

    /** Extrinsic value by name (case-insensitive). */
    public Optional<String> extrinsic(String name) {
        return Extrinsic.find(extrinsics, name);
    }

    public OffsetDateTime getRequestedDeliveryDate() {
        return requestedDeliveryDate;
    }

    public void setRequestedDeliveryDate(OffsetDateTime requestedDeliveryDate) {
        this.requestedDeliveryDate = requestedDeliveryDate;
    }

    public OrderRequestHeader withRequestedDeliveryDate(OffsetDateTime requestedDeliveryDate) {
        this.requestedDeliveryDate = requestedDeliveryDate;
        return this;
    }

    public Payment getPayment() {
        return payment;
    }

    public void setPayment(Payment payment) {
        this.payment = payment;
    }

    public OrderRequestHeader withPayment(Payment payment) {
        this.payment = payment;
        return this;
    }
}
