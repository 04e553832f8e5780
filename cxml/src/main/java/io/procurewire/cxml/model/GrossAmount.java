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

/** Gross amount. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "GrossAmount", propOrder = {})
public class GrossAmount extends MoneyAmount {

    public GrossAmount() {
    }

    public GrossAmount(Money money) {
        setMoney(money);
    }

}
