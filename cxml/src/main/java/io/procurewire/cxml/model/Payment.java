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

/** How an order is paid: a PCard. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Payment", propOrder = {"pcard"})
public class Payment {

    @XmlElement(name = "PCard")
    private PCard pcard;

    public Payment() {
    }

    public Payment(PCard pcard) {
        this.pcard = pcard;
    }

    public PCard getPcard() {
        return pcard;
    }

    public void setPcard(PCard pcard) {
        this.pcard = pcard;
    }

    public Payment withPcard(PCard pcard) {
        this.pcard = pcard;
        return this;
    }
}
