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

/** Tax amount of a TaxDetail. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "TaxAmount", propOrder = {})
public class TaxAmount extends MoneyAmount {

    public TaxAmount() {
    }

    public TaxAmount(Money money) {
        setMoney(money);
    }

}
