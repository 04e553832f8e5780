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

/** Country name with ISO 3166 code. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Country", propOrder = {})
public class Country {

    @XmlAttribute(name = "isoCountryCode", required = true)
    private String isoCountryCode;

    @XmlValue
    @XmlJavaTypeAdapter(TrimmedStringAdapter.class)
    private String name;

    public Country() {
    }

    public Country(String isoCountryCode, String name) {
        this.isoCountryCode = isoCountryCode;
        this.name = name;
    }

    public String getIsoCountryCode() {
        return isoCountryCode;
    }

    public void setIsoCountryCode(String isoCountryCode) {
        this.isoCountryCode = isoCountryCode;
    }

    public Country withIsoCountryCode(String isoCountryCode) {
        this.isoCountryCode = isoCountryCode;
        return this;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Country withName(String name) {
        this.name = name;
        return this;
    }

}
