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

/** Ship-to address. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ShipTo", propOrder = {"address"})
public class ShipTo {

    @XmlElement(name = "Address")
    private Address address;

    public ShipTo() {
    }

    public ShipTo(Address address) {
        this.address = address;
    }

    public Address getAddress() {
        return address;
    }

    public void setAddress(Address address) {
        this.address = address;
    }

    public ShipTo withAddress(Address address) {
        this.address = address;
        return this;
    }

}
