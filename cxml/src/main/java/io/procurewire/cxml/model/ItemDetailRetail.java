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

/** Retail details of an item: EAN, European waste catalog ID, characteristics. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ItemDetailRetail", propOrder = {"eanId", "europeanWasteCatalogId", "characteristics"})
public class ItemDetailRetail {

    @XmlElement(name = "EANID")
    @XmlJavaTypeAdapter(TrimmedStringAdapter.class)
    private String eanId;

    @XmlElement(name = "EuropeanWasteCatalogID")
    @XmlJavaTypeAdapter(TrimmedStringAdapter.class)
    private String europeanWasteCatalogId;

    @XmlElement(name = "Characteristic")
    private List<Characteristic> characteristics;

    public ItemDetailRetail() {
    }

    public String getEanId() {
        return eanId;
    }

    public void setEanId(String eanId) {
        this.eanId = eanId;
    }

    public ItemDetailRetail withEanId(String eanId) {
        this.eanId = eanId;
        return this;
    }

    public String getEuropeanWasteCatalogId() {
        return europeanWasteCatalogId;
    }

    public void setEuropeanWasteCatalogId(String europeanWasteCatalogId) {
        this.europeanWasteCatalogId = europeanWasteCatalogId;
    }

    public ItemDetailRetail withEuropeanWasteCatalogId(String europeanWasteCatalogId) {
        this.europeanWasteCatalogId = europeanWasteCatalogId;
        return this;
    }

    /** Live list, never null; add to it directly. */
    public List<Characteristic> getCharacteristics() {
        if (characteristics == null) {
            characteristics = new ArrayList<>();
        }
        return characteristics;
    }

    public void setCharacteristics(List<Characteristic> characteristics) {
        this.characteristics = characteristics == null ? null : new ArrayList<>(characteristics);
    }

    public ItemDetailRetail addCharacteristics(Characteristic... values) {
        getCharacteristics().addAll(Arrays.asList(values));
        return this;
    }
}
