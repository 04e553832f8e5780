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

/** A fax number: one of TelephoneNumber, URL or Email. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Fax", propOrder = {"telephoneNumber", "url", "email"})
public class Fax {

    @XmlAttribute(name = "name")
    private String name;

    @XmlElement(name = "TelephoneNumber")
    private TelephoneNumber telephoneNumber;

    @XmlElement(name = "URL")
    @XmlJavaTypeAdapter(TrimmedStringAdapter.class)
    private String url;

    @XmlElement(name = "Email")
    private Email email;

    public Fax() {
    }

    public Fax(TelephoneNumber telephoneNumber) {
        this.telephoneNumber = telephoneNumber;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Fax withName(String name) {
        this.name = name;
        return this;
    }

    public TelephoneNumber getTelephoneNumber() {
        return telephoneNumber;
    }

    public void setTelephoneNumber(TelephoneNumber telephoneNumber) {
        this.telephoneNumber = telephoneNumber;
    }

    public Fax withTelephoneNumber(TelephoneNumber telephoneNumber) {
        this.telephoneNumber = telephoneNumber;
        return this;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public Fax withUrl(String url) {
        this.url = url;
        return this;
    }

    public Email getEmail() {
        return email;
    }

    public void setEmail(Email email) {
        this.email = email;
    }

    public Fax withEmail(Email email) {
        this.email = email;
        return this;
    }
}
