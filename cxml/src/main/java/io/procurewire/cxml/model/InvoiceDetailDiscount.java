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

/** Discount: optional percentage and Money (negative amount per convention is the caller's choice). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "InvoiceDetailDiscount", propOrder = {"money"})
public class InvoiceDetailDiscount {

    @XmlAttribute(name = "percentageRate")
    @XmlJavaTypeAdapter(DecimalAdapter.class)
    private BigDecimal percentageRate;

    @XmlElement(name = "Money")
    private Money money;

    public InvoiceDetailDiscount() {
    }

    public BigDecimal getPercentageRate() {
        return percentageRate;
    }

    public void setPercentageRate(BigDecimal percentageRate) {
        this.percentageRate = percentageRate;
    }

    public InvoiceDetailDiscount withPercentageRate(BigDecimal percentageRate) {
        this.percentageRate = percentageRate;
        return this;
    }

    public Money getMoney() {
        return money;
    }

    public void setMoney(Money money) {
        this.money = money;
    }

    public InvoiceDetailDiscount withMoney(Money money) {
        this.money = money;
        return this;
    }

}
