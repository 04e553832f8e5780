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

/** Shipping amount in an invoice summary. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ShippingAmount", propOrder = {})
public class ShippingAmount extends MoneyAmount {

    public ShippingAmount() {
    }

    public ShippingAmount(Money money) {
        setMoney(money);
    }

}
