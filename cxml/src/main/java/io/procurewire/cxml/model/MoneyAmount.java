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

/** Base of the wrappers whose first child is Money (Total, UnitPrice, SubtotalAmount, ...). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "MoneyAmount", propOrder = {"money"})
public class MoneyAmount {

    @XmlElement(name = "Money")
    private Money money;

    public MoneyAmount() {
    }

    public Money getMoney() {
        return money;
    }

    public void setMoney(Money money) {
        this.money = money;
    }

    public MoneyAmount withMoney(Money money) {
        this.money = money;
        return this;
    }

}
