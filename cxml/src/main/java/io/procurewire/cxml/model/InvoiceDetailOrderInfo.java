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

/** Which order is invoiced: OrderReference or OrderIDInfo (plus optional SupplierOrderInfo). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "InvoiceDetailOrderInfo", propOrder = {"orderReference", "masterAgreementReference", "masterAgreementIdInfo", "orderIdInfo", "supplierOrderInfo"})
public class InvoiceDetailOrderInfo {

    @XmlElement(name = "OrderReference")
    private OrderReference orderReference;

    @XmlElement(name = "MasterAgreementReference")
    private MasterAgreementReference masterAgreementReference;

    @XmlElement(name = "MasterAgreementIDInfo")
    private MasterAgreementIDInfo masterAgreementIdInfo;

    @XmlElement(name = "OrderIDInfo")
    private OrderIDInfo orderIdInfo;

    @XmlElement(name = "SupplierOrderInfo")
    private SupplierOrderInfo supplierOrderInfo;

    public InvoiceDetailOrderInfo() {
    }

    public OrderReference getOrderReference() {
        return orderReference;
    }

    public void setOrderReference(OrderReference orderReference) {
        this.orderReference = orderReference;
    }

    public InvoiceDetailOrderInfo withOrderReference(OrderReference orderReference) {
        this.orderReference = orderReference;
        return this;
    }

    public OrderIDInfo getOrderIdInfo() {
        return orderIdInfo;
    }

    public void setOrderIdInfo(OrderIDInfo orderIdInfo) {
        this.orderIdInfo = orderIdInfo;
    }

    public InvoiceDetailOrderInfo withOrderIdInfo(OrderIDInfo orderIdInfo) {
        this.orderIdInfo = orderIdInfo;
        return this;
    }

    public SupplierOrderInfo getSupplierOrderInfo() {
        return supplierOrderInfo;
    }

    public void setSupplierOrderInfo(SupplierOrderInfo supplierOrderInfo) {
        this.supplierOrderInfo = supplierOrderInfo;
    }

    public InvoiceDetailOrderInfo withSupplierOrderInfo(SupplierOrderInfo supplierOrderInfo) {
        this.supplierOrderInfo = supplierOrderInfo;
        return this;
    }

    /** The buyer order id from OrderReference or OrderIDInfo. */
    public Optional<String> orderId() {
        if (orderReference != null && orderReference.getOrderId() != null) {
            return Optional.of(orderReference.getOrderId());
        }
        return orderIdInfo == null ? Optional.empty() : Optional.ofNullable(orderIdInfo.getOrderId());
    }

    public MasterAgreementReference getMasterAgreementReference() {
        return masterAgreementReference;
    }

    public void setMasterAgreementReference(MasterAgreementReference masterAgreementReference) {
        this.masterAgreementReference = masterAgreementReference;
    }

    public InvoiceDetailOrderInfo withMasterAgreementReference(MasterAgreementReference masterAgreementReference) {
        this.masterAgreementReference = masterAgreementReference;
        return this;
    }

    public MasterAgreementIDInfo getMasterAgreementIdInfo() {
        return masterAgreementIdInfo;
    }

    public void setMasterAgreementIdInfo(MasterAgreementIDInfo masterAgreementIdInfo) {
        this.masterAgreementIdInfo = masterAgreementIdInfo;
    }

    public InvoiceDetailOrderInfo withMasterAgreementIdInfo(MasterAgreementIDInfo masterAgreementIdInfo) {
        this.masterAgreementIdInfo = masterAgreementIdInfo;
        return this;
    }
}
