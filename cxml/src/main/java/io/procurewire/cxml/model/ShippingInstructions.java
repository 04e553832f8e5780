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

/** Free-text shipping instructions. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ShippingInstructions", propOrder = {"descriptions"})
public class ShippingInstructions {

    @XmlElement(name = "Description")
    private List<Description> descriptions;

    public ShippingInstructions() {
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

    public ShippingInstructions addDescriptions(Description... values) {
        getDescriptions().addAll(Arrays.asList(values));
        return this;
    }
}
