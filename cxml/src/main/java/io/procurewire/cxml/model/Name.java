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

/** A Name with xml:lang. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Name", propOrder = {})
public class Name {

    @XmlAttribute(name = "lang", namespace = XMLConstants.XML_NS_URI)
    private String lang;

    @XmlValue
    @XmlJavaTypeAdapter(TrimmedStringAdapter.class)
    private String value;

    public Name() {
    }

    public Name(String lang, String value) {
        this.lang = lang;
        this.value = value;
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public Name withLang(String lang) {
        this.lang = lang;
        return this;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public Name withValue(String value) {
        this.value = value;
        return this;
    }

}
