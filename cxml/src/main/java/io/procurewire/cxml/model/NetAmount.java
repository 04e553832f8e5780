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

/** Net amount. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "NetAmount", propOrder = {})
public class NetAmount extends MoneyAmount {

    public NetAmount() {
    }

    public NetAmount(Money money) {
        setMoney(money);
    }

}
