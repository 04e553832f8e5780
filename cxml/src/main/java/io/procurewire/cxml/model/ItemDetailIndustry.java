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

/** Industry-specific item details (retail). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ItemDetailIndustry", propOrder = {"itemDetailRetail"})
public class ItemDetailIndustry {

    @XmlAttribute(name = "isConfigurableMaterial")
    private String isConfigurableMaterial;

    @XmlElement(name = "ItemDetailRetail")
    private ItemDetailRetail itemDetailRetail;

    public ItemDetailIndustry() {
    }

    public String getIsConfigurableMaterial() {
        return isConfigurableMaterial;
    }

    public void setIsConfigurableMaterial(String isConfigurableMaterial) {
        this.isConfigurableMaterial = isConfigurableMaterial;
    }

    public ItemDetailIndustry withIsConfigurableMaterial(String isConfigurableMaterial) {
        this.isConfigurableMaterial = isConfigurableMaterial;
        return this;
    }

    public ItemDetailRetail getItemDetailRetail() {
        return itemDetailRetail;
    }

    public void setItemDetailRetail(ItemDetailRetail itemDetailRetail) {
        this.itemDetailRetail = itemDetailRetail;
    }

    public ItemDetailIndustry withItemDetailRetail(ItemDetailRetail itemDetailRetail) {
        this.itemDetailRetail = itemDetailRetail;
        return this;
    }
}
