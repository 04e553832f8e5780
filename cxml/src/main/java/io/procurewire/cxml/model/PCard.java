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

/** A purchasing card used for payment. Number and expiration are kept as written (expiration is a cXML date). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "PCard", propOrder = {"postalAddress"})
public class PCard {

    @XmlAttribute(name = "number")
    private String number;

    @XmlAttribute(name = "expiration")
    private String expiration;

    @XmlAttribute(name = "name")
    private String name;

    @XmlElement(name = "PostalAddress")
    private PostalAddress postalAddress;

    public PCard() {
    }

    public PCard(String number, String expiration) {
        this.number = number;
        this.expiration = expiration;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public PCard withNumber(String number) {
        this.number = number;
        return this;
    }

    public String getExpiration() {
        return expiration;
    }

    public void setExpiration(String expiration) {
        this.expiration = expiration;
    }

    public PCard withExpiration(String expiration) {
        this.expiration = expiration;
        return this;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public PCard withName(String name) {
        this.name = name;
        return this;
    }

    public PostalAddress getPostalAddress() {
        return postalAddress;
    }

    public void setPostalAddress(PostalAddress postalAddress) {
        this.postalAddress = postalAddress;
    }

    public PCard withPostalAddress(PostalAddress postalAddress) {
        this.postalAddress = postalAddress;
        return this;
    }

    @Override
    public String toString() {
        // never print the card number
        return "PCard[" + (number == null || number.length() < 4 ? "***" : "***" + number.substring(number.length() - 4))
                + ", expiration=" + expiration + "]";
    }
}
