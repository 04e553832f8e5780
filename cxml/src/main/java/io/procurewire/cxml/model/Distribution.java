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

/** Cost distribution: Accounting and Charge. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Distribution", propOrder = {"accounting", "charge"})
public class Distribution {

    @XmlElement(name = "Accounting")
    private Accounting accounting;

    @XmlElement(name = "Charge")
    private Charge charge;

    public Distribution() {
    }

    public Accounting getAccounting() {
        return accounting;
    }

    public void setAccounting(Accounting accounting) {
        this.accounting = accounting;
    }

    public Distribution withAccounting(Accounting accounting) {
        this.accounting = accounting;
        return this;
    }

    public Charge getCharge() {
        return charge;
    }

    public void setCharge(Charge charge) {
        this.charge = charge;
    }

    public Distribution withCharge(Charge charge) {
        this.charge = charge;
        return this;
    }

}
