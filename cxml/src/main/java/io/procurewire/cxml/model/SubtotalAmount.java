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

/** Subtotal. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "SubtotalAmount", propOrder = {})
public class SubtotalAmount extends MoneyAmount {

    public SubtotalAmount() {
    }

    public SubtotalAmount(Money money) {
        setMoney(money);
    }

}
