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

/** A retail characteristic of an item (e.g. domain size, value XL). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Characteristic", propOrder = {})
public class Characteristic {

    @XmlAttribute(name = "domain")
    private String domain;

    @XmlAttribute(name = "value")
    private String value;

    @XmlAttribute(name = "code")
    private String code;

    public Characteristic() {
    }

    public Characteristic(String domain, String value) {
        this.domain = domain;
        this.value = value;
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public Characteristic withDomain(String domain) {
        this.domain = domain;
        return this;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public Characteristic withValue(String value) {
        this.value = value;
        return this;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Characteristic withCode(String code) {
        this.code = code;
        return this;
    }
}
