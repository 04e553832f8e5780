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

/** Shipping of a line: InvoiceDetailShipping, Money. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "InvoiceDetailLineShipping", propOrder = {"shipping", "money"})
public class InvoiceDetailLineShipping {

    @XmlElement(name = "InvoiceDetailShipping")
    private InvoiceDetailShipping shipping;

    @XmlElement(name = "Money")
    private Money money;

    public InvoiceDetailLineShipping() {
    }

    public InvoiceDetailShipping getShipping() {
        return shipping;
    }

    public void setShipping(InvoiceDetailShipping shipping) {
        this.shipping = shipping;
    }

    public InvoiceDetailLineShipping withShipping(InvoiceDetailShipping shipping) {
        this.shipping = shipping;
        return this;
    }

    public Money getMoney() {
        return money;
    }

    public void setMoney(Money money) {
        this.money = money;
    }

    public InvoiceDetailLineShipping withMoney(Money money) {
        this.money = money;
        return this;
    }

}
