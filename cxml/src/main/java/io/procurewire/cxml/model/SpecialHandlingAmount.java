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

/** Special handling in an invoice summary: Money, Description?. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "SpecialHandlingAmount", propOrder = {"description"})
public class SpecialHandlingAmount extends MoneyAmount {

    @XmlElement(name = "Description")
    private Description description;

    public SpecialHandlingAmount() {
    }

    public Description getDescription() {
        return description;
    }

    public void setDescription(Description description) {
        this.description = description;
    }

    public SpecialHandlingAmount withDescription(Description description) {
        this.description = description;
        return this;
    }

}
