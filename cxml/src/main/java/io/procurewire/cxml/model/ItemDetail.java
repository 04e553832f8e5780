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

/** Item details in DTD order: UnitPrice, Description+, UnitOfMeasure, PriceBasisQuantity?, Classification+, ManufacturerPartID?, ManufacturerName?, URL?, LeadTime?, Extrinsic*. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ItemDetail", propOrder = {"unitPrice", "descriptions", "unitOfMeasure", "priceBasisQuantity", "classifications", "manufacturerPartId", "manufacturerName", "url", "leadTime", "itemDetailIndustry", "extrinsics"})
public class ItemDetail {

    @XmlElement(name = "UnitPrice")
    private UnitPrice unitPrice;

    @XmlElement(name = "Description")
    private List<Description> descriptions;

    @XmlElement(name = "UnitOfMeasure")
    @XmlJavaTypeAdapter(TrimmedStringAdapter.class)
    private String unitOfMeasure;

    @XmlElement(name = "PriceBasisQuantity")
    private PriceBasisQuantity priceBasisQuantity;

    @XmlElement(name = "Classification")
    private List<Classification> classifications;

    @XmlElement(name = "ManufacturerPartID")
    @XmlJavaTypeAdapter(TrimmedStringAdapter.class)
    private String manufacturerPartId;

    @XmlElement(name = "ManufacturerName")
    @XmlJavaTypeAdapter(TrimmedStringAdapter.class)
    private String manufacturerName;

    @XmlElement(name = "URL")
    @XmlJavaTypeAdapter(TrimmedStringAdapter.class)
    private String url;

    @XmlElement(name = "LeadTime")
    @XmlJavaTypeAdapter(IntegerAdapter.class)
    private Integer leadTime;

    @XmlElement(name = "ItemDetailIndustry")
    private ItemDetailIndustry itemDetailIndustry;

    @XmlElement(name = "Extrinsic")
    private List<Extrinsic> extrinsics;

    public ItemDetail() {
    }

    public UnitPrice getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(UnitPrice unitPrice) {
        this.unitPrice = unitPrice;
    }

    public ItemDetail withUnitPrice(UnitPrice unitPrice) {
        this.unitPrice = unitPrice;
        return this;
    }

    /** Live list, never null; add to it directly. */
    public List<Description> getDescriptions() {
        if (descriptions == null) {
            descriptions = new ArrayList<>();
        }
        return descriptions;
    }

    public void setDescriptions(List<Description> descriptions) {
        this.descriptions = descriptions == null ? null : new ArrayList<>(descriptions);
    }

    public ItemDetail addDescriptions(Description... values) {
        getDescriptions().addAll(Arrays.asList(values));
        return this;
    }

    public String getUnitOfMeasure() {
        return unitOfMeasure;
    }

    public void setUnitOfMeasure(String unitOfMeasure) {
        this.unitOfMeasure = unitOfMeasure;
    }

    public ItemDetail withUnitOfMeasure(String unitOfMeasure) {
        this.unitOfMeasure = unitOfMeasure;
        return this;
    }

    public PriceBasisQuantity getPriceBasisQuantity() {
        return priceBasisQuantity;
    }

    public void setPriceBasisQuantity(PriceBasisQuantity priceBasisQuantity) {
        this.priceBasisQuantity = priceBasisQuantity;
    }

    public ItemDetail withPriceBasisQuantity(PriceBasisQuantity priceBasisQuantity) {
        this.priceBasisQuantity = priceBasisQuantity;
        return this;
    }

    /** Live list, never null; add to it directly. */
    public List<Classification> getClassifications() {
        if (classifications == null) {
            classifications = new ArrayList<>();
        }
        return classifications;
    }

    public void setClassifications(List<Classification> classifications) {
        this.classifications = classifications == null ? null : new ArrayList<>(classifications);
    }

    public ItemDetail addClassifications(Classification... values) {
        getClassifications().addAll(Arrays.asList(values));
        return this;
    }

    public String getManufacturerPartId() {
        return manufacturerPartId;
    }

    public void setManufacturerPartId(String manufacturerPartId) {
        this.manufacturerPartId = manufacturerPartId;
    }

    public ItemDetail withManufacturerPartId(String manufacturerPartId) {
        this.manufacturerPartId = manufacturerPartId;
        return this;
    }

    public String getManufacturerName() {
        return manufacturerName;
    }

    public void setManufacturerName(String manufacturerName) {
        this.manufacturerName = manufacturerName;
    }

    public ItemDetail withManufacturerName(String manufacturerName) {
        this.manufacturerName = manufacturerName;
        return this;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public ItemDetail withUrl(String url) {
        this.url = url;
        return this;
    }

    public Integer getLeadTime() {
        return leadTime;
    }

    public void setLeadTime(Integer leadTime) {
        this.leadTime = leadTime;
    }

    public ItemDetail withLeadTime(Integer leadTime) {
        this.leadTime = leadTime;
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

    public ItemDetail addExtrinsics(Extrinsic... values) {
        getExtrinsics().addAll(Arrays.asList(values));
        return this;
    }

    /** Extrinsic value by name (case-insensitive). */
    public Optional<String> extrinsic(String name) {
        return Extrinsic.find(extrinsics, name);
    }

    /** The code of the first Classification in this domain (case-insensitive), e.g. "UNSPSC". */
    public Optional<String> classification(String domain) {
        return classifications == null ? Optional.empty() : classifications.stream()
                .filter(c -> c.getDomain() != null && c.getDomain().trim().equalsIgnoreCase(domain))
                .map(c -> c.getValue() != null && !c.getValue().isBlank() ? c.getValue() : c.getCode())
                .filter(v -> v != null).findFirst();
    }

    public ItemDetailIndustry getItemDetailIndustry() {
        return itemDetailIndustry;
    }

    public void setItemDetailIndustry(ItemDetailIndustry itemDetailIndustry) {
        this.itemDetailIndustry = itemDetailIndustry;
    }

    public ItemDetail withItemDetailIndustry(ItemDetailIndustry itemDetailIndustry) {
        this.itemDetailIndustry = itemDetailIndustry;
        return this;
    }
}
