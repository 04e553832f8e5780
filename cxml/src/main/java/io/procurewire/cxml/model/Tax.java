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

/** Tax: Money, Description, TaxDetail*. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Tax", propOrder = {"description", "taxDetails"})
public class Tax extends MoneyAmount {

    @XmlElement(name = "Description")
    private Description description;

    @XmlElement(name = "TaxDetail")
    private List<TaxDetail> taxDetails;

    public Tax() {
    }

    public Tax(Money money, Description description) {
        setMoney(money);
        this.description = description;
    }

    public Description getDescription() {
        return description;
    }

    public void setDescription(Description description) {
        this.description = description;
    }

    public Tax withDescription(Description description) {
        this.description = description;
        return this;
    }

    /** Live list, never null; add to it directly. */
    public List<TaxDetail> getTaxDetails() {
        if (taxDetails == null) {
            taxDetails = new ArrayList<>();
        }
        return taxDetails;
    }

    public void setTaxDetails(List<TaxDetail> taxDetails) {
        this.taxDetails = taxDetails == null ? null : new ArrayList<>(taxDetails);
    }

    public Tax addTaxDetails(TaxDetail... values) {
        getTaxDetails().addAll(Arrays.asList(values));
        return this;
    }

}
