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

/** Price per unit of measure. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "UnitPrice", propOrder = {})
public class UnitPrice extends MoneyAmount {

    public UnitPrice() {
    }

    public UnitPrice(Money money) {
        setMoney(money);
    }

}
