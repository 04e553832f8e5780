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

/** Cart header: operationAllowed (create|inspect|edit), quoteStatus, Total, ShipTo?, Shipping?, Tax?. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "PunchOutOrderMessageHeader", propOrder = {"total", "shipTo", "shipping", "tax", "supplierOrderInfo"})
public class PunchOutOrderMessageHeader {

    @XmlAttribute(name = "operationAllowed", required = true)
    private String operationAllowed;

    @XmlAttribute(name = "quoteStatus")
    private String quoteStatus;

    @XmlElement(name = "Total")
    private Total total;

    @XmlElement(name = "ShipTo")
    private ShipTo shipTo;

    @XmlElement(name = "Shipping")
    private Shipping shipping;

    @XmlElement(name = "Tax")
    private Tax tax;

    @XmlElement(name = "SupplierOrderInfo")
    private SupplierOrderInfo supplierOrderInfo;

    public PunchOutOrderMessageHeader() {
    }

    public String getOperationAllowed() {
        return operationAllowed;
    }

    public void setOperationAllowed(String operationAllowed) {
        this.operationAllowed = operationAllowed;
    }

    public PunchOutOrderMessageHeader withOperationAllowed(String operationAllowed) {
        this.operationAllowed = operationAllowed;
        return this;
    }

    public String getQuoteStatus() {
        return quoteStatus;
    }

    public void setQuoteStatus(String quoteStatus) {
        this.quoteStatus = quoteStatus;
    }

    public PunchOutOrderMessageHeader withQuoteStatus(String quoteStatus) {
        this.quoteStatus = quoteStatus;
        return this;
    }

    public Total getTotal() {
        return total;
    }

    public void setTotal(Total total) {
        this.total = total;
    }

    public PunchOutOrderMessageHeader withTotal(Total total) {
        this.total = total;
        return this;
    }

    public ShipTo getShipTo() {
        return shipTo;
    }

    public void setShipTo(ShipTo shipTo) {
        this.shipTo = shipTo;
    }

    public PunchOutOrderMessageHeader withShipTo(ShipTo shipTo) {
        this.shipTo = shipTo;
        return this;
    }

    public Shipping getShipping() {
        return shipping;
    }

    public void setShipping(Shipping shipping) {
        this.shipping = shipping;
    }

    public PunchOutOrderMessageHeader withShipping(Shipping shipping) {
        this.shipping = shipping;
        return this;
    }

    public Tax getTax() {
        return tax;
    }

    public void setTax(Tax tax) {
        this.tax = tax;
    }

    public PunchOutOrderMessageHeader withTax(Tax tax) {
        this.tax = tax;
        return this;
    }

    /** The supplier's own order number for this cart, when it already created one. */
    public SupplierOrderInfo getSupplierOrderInfo() {
        return supplierOrderInfo;
    }

    public void setSupplierOrderInfo(SupplierOrderInfo supplierOrderInfo) {
        this.supplierOrderInfo = supplierOrderInfo;
    }

    public PunchOutOrderMessageHeader withSupplierOrderInfo(SupplierOrderInfo supplierOrderInfo) {
        this.supplierOrderInfo = supplierOrderInfo;
        return this;
    }
}
