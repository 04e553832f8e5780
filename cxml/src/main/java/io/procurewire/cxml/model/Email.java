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

/** An e-mail address with its optional name and preferred language. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Email", propOrder = {})
public class Email {

    @XmlAttribute(name = "name")
    private String name;

    @XmlAttribute(name = "preferredLang")
    private String preferredLang;

    @XmlValue
    @XmlJavaTypeAdapter(TrimmedStringAdapter.class)
    private String value;

    public Email() {
    }

    public Email(String value) {
        this.value = value;
    }

    public Email(String name, String value) {
        this.name = name;
        this.value = value;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Email withName(String name) {
        this.name = name;
        return this;
    }

    public String getPreferredLang() {
        return preferredLang;
    }

    public void setPreferredLang(String preferredLang) {
        this.preferredLang = preferredLang;
    }

    public Email withPreferredLang(String preferredLang) {
        this.preferredLang = preferredLang;
        return this;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public Email withValue(String value) {
        this.value = value;
        return this;
    }
}
