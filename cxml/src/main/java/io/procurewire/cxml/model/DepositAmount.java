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

/** Deposit amount. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "DepositAmount", propOrder = {})
public class DepositAmount extends MoneyAmount {

    public DepositAmount() {
    }

    public DepositAmount(Money money) {
        setMoney(money);
    }

}
