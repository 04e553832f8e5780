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

/** Item identification: SupplierPartID, SupplierPartAuxiliaryID?, BuyerPartID?. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ItemID", propOrder = {"supplierPartId", "supplierPartAuxiliaryId", "buyerPartId"})
public class ItemID {

    @XmlElement(name = "SupplierPartID")
    @XmlJavaTypeAdapter(TrimmedStringAdapter.class)
    private String supplierPartId;

    @XmlElement(name = "SupplierPartAuxiliaryID")
    @XmlJavaTypeAdapter(TrimmedStringAdapter.class)
    private String supplierPartAuxiliaryId;

    @XmlElement(name = "BuyerPartID")
    @XmlJavaTypeAdapter(TrimmedStringAdapter.class)
    private String buyerPartId;

    public ItemID() {
    }

    public ItemID(String supplierPartId) {
        this.supplierPartId = supplierPartId;
    }

    public ItemID(String supplierPartId, String supplierPartAuxiliaryId) {
        this(supplierPartId);
        this.supplierPartAuxiliaryId = supplierPartAuxiliaryId;
    }

    public String getSupplierPartId() {
        return supplierPartId;
    }

    public void setSupplierPartId(String supplierPartId) {
        this.supplierPartId = supplierPartId;
    }

    public ItemID withSupplierPartId(String supplierPartId) {
        this.supplierPartId = supplierPartId;
        return this;
    }

    public String getSupplierPartAuxiliaryId() {
        return supplierPartAuxiliaryId;
    }

    public void setSupplierPartAuxiliaryId(String supplierPartAuxiliaryId) {
        this.supplierPartAuxiliaryId = supplierPartAuxiliaryId;
    }

    public ItemID withSupplierPartAuxiliaryId(String supplierPartAuxiliaryId) {
        this.supplierPartAuxiliaryId = supplierPartAuxiliaryId;
        return this;
    }

    public String getBuyerPartId() {
        return buyerPartId;
    }

    public void setBuyerPartId(String buyerPartId) {
        this.buyerPartId = buyerPartId;
    }

    public ItemID withBuyerPartId(String buyerPartId) {
        this.buyerPartId = buyerPartId;
        return this;
    }

}
