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

/** Total amount. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Total", propOrder = {})
public class Total extends MoneyAmount {

    public Total() {
    }

    public Total(Money money) {
        setMoney(money);
    }

}
