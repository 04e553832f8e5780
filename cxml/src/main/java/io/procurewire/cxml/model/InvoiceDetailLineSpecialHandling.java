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

/** Special handling of a line: Description?, Money. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "InvoiceDetailLineSpecialHandling", propOrder = {"description", "money"})
public class InvoiceDetailLineSpecialHandling {

    @XmlElement(name = "Description")
    private Description description;

    @XmlElement(name = "Money")
    private Money money;

    public InvoiceDetailLineSpecialHandling() {
    }

    public Description getDescription() {
        return description;
    }

    public void setDescription(Description description) {
        this.description = description;
    }

    public InvoiceDetailLineSpecialHandling withDescription(Description description) {
        this.description = description;
        return this;
    }

    public Money getMoney() {
        return money;
    }

    public void setMoney(Money money) {
        this.money = money;
    }

    public InvoiceDetailLineSpecialHandling withMoney(Money money) {
        this.money = money;
        return this;
    }

}
