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

/** Name, PostalAddress?, Email?, Phone?, Fax?, URL?. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Address", propOrder = {"name", "postalAddress", "email", "phone", "fax", "url"})
public class Address {

    @XmlAttribute(name = "isoCountryCode")
    private String isoCountryCode;

    @XmlAttribute(name = "addressID")
    private String addressId;

    @XmlAttribute(name = "addressIDDomain")
    private String addressIdDomain;

    @XmlElement(name = "Name")
    private Name name;

    @XmlElement(name = "PostalAddress")
    private PostalAddress postalAddress;

    @XmlElement(name = "Email")
    private Email email;

    @XmlElement(name = "Phone")
    private Phone phone;

    @XmlElement(name = "Fax")
    private Fax fax;

    @XmlElement(name = "URL")
    @XmlJavaTypeAdapter(TrimmedStringAdapter.class)
    private String url;

    public Address() {
    }

    public String getIsoCountryCode() {
        return isoCountryCode;
    }

    public void setIsoCountryCode(String isoCountryCode) {
        this.isoCountryCode = isoCountryCode;
    }

    public Address withIsoCountryCode(String isoCountryCode) {
        this.isoCountryCode = isoCountryCode;
        return this;
    }

    public String getAddressId() {
        return addressId;
    }

    public void setAddressId(String addressId) {
        this.addressId = addressId;
    }

    public Address withAddressId(String addressId) {
        this.addressId = addressId;
        return this;
    }

    public String getAddressIdDomain() {
        return addressIdDomain;
    }

    public void setAddressIdDomain(String addressIdDomain) {
        this.addressIdDomain = addressIdDomain;
    }

    public Address withAddressIdDomain(String addressIdDomain) {
        this.addressIdDomain = addressIdDomain;
        return this;
    }

    public Name getName() {
        return name;
    }

    public void setName(Name name) {
        this.name = name;
    }

    public Address withName(Name name) {
        this.name = name;
        return this;
    }

    public PostalAddress getPostalAddress() {
        return postalAddress;
    }

    public void setPostalAddress(PostalAddress postalAddress) {
        this.postalAddress = postalAddress;
    }

    public Address withPostalAddress(PostalAddress postalAddress) {
        this.postalAddress = postalAddress;
        return this;
    }

    /** The e-mail address text (see {@link #getEmailElement()} for its name attribute). */
    public String getEmail() {
        return email == null ? null : email.getValue();
    }

    /** Sets the address text, keeping the name of an Email already present. */
    public void setEmail(String email) {
        if (email == null) {
            this.email = null;
        } else if (this.email == null) {
            this.email = new Email(email);
        } else {
            this.email.setValue(email);
        }
    }

    public Address withEmail(String email) {
        setEmail(email);
        return this;
    }

    public Email getEmailElement() {
        return email;
    }

    public void setEmailElement(Email email) {
        this.email = email;
    }

    public Address withEmailElement(Email email) {
        this.email = email;
        return this;
    }

    public Phone getPhone() {
        return phone;
    }

    public void setPhone(Phone phone) {
        this.phone = phone;
    }

    public Address withPhone(Phone phone) {
        this.phone = phone;
        return this;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public Address withUrl(String url) {
        this.url = url;
        return this;
    }

    public Fax getFax() {
        return fax;
    }

    public void setFax(Fax fax) {
        this.fax = fax;
    }

    public Address withFax(Fax fax) {
        this.fax = fax;
        return this;
    }
}
