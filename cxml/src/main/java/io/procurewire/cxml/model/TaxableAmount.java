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

/** Taxable amount of a TaxDetail. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "TaxableAmount", propOrder = {})
public class TaxableAmount extends MoneyAmount {

    public TaxableAmount() {
    }

    public TaxableAmount(Money money) {
        setMoney(money);
    }

}
