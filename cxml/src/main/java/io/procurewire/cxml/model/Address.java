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

/** Name, PostalAddress?, Email?, Phone?, URL? (Fax is ignored). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Address", propOrder = {"name", "postalAddress", "email", "phone", "url"})
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
    @XmlJavaTypeAdapter(TrimmedStringAdapter.class)
    private String email;

    @XmlElement(name = "Phone")
    private Phone phone;

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

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Address withEmail(String email) {
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

}
