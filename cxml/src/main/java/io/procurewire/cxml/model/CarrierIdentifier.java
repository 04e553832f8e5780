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

/** Carrier id in a domain (SCAC, companyName, ...). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "CarrierIdentifier", propOrder = {})
public class CarrierIdentifier {

    @XmlAttribute(name = "domain", required = true)
    private String domain;

    @XmlValue
    @XmlJavaTypeAdapter(TrimmedStringAdapter.class)
    private String value;

    public CarrierIdentifier() {
    }

    public CarrierIdentifier(String domain, String value) {
        this.domain = domain;
        this.value = value;
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public CarrierIdentifier withDomain(String domain) {
        this.domain = domain;
        return this;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public CarrierIdentifier withValue(String value) {
        this.value = value;
        return this;
    }

}
