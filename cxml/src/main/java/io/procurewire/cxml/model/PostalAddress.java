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

/** A postal address: DeliverTo*, Street+, City, Municipality?, State?, PostalCode?, Country. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "PostalAddress", propOrder = {"deliverTo", "streets", "city", "municipality", "state", "postalCode", "country", "extrinsics"})
public class PostalAddress {

    @XmlAttribute(name = "name")
    private String name;

    @XmlElement(name = "DeliverTo")
    private List<String> deliverTo;

    @XmlElement(name = "Street")
    private List<String> streets;

    @XmlElement(name = "City")
    @XmlJavaTypeAdapter(TrimmedStringAdapter.class)
    private String city;

    @XmlElement(name = "Municipality")
    @XmlJavaTypeAdapter(TrimmedStringAdapter.class)
    private String municipality;

    @XmlElement(name = "State")
    @XmlJavaTypeAdapter(TrimmedStringAdapter.class)
    private String state;

    @XmlElement(name = "PostalCode")
    @XmlJavaTypeAdapter(TrimmedStringAdapter.class)
    private String postalCode;

    @XmlElement(name = "Country")
    private Country country;

    @XmlElement(name = "Extrinsic")
    private List<Extrinsic> extrinsics;

    public PostalAddress() {
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public PostalAddress withName(String name) {
        this.name = name;
        return this;
    }

    /** Live list, never null; add to it directly. */
    public List<String> getDeliverTo() {
        if (deliverTo == null) {
            deliverTo = new ArrayList<>();
        }
        return deliverTo;
    }

    public void setDeliverTo(List<String> deliverTo) {
        this.deliverTo = deliverTo == null ? null : new ArrayList<>(deliverTo);
    }

    public PostalAddress addDeliverTo(String... values) {
        getDeliverTo().addAll(Arrays.asList(values));
        return this;
    }

    /** Live list, never null; add to it directly. */
    public List<String> getStreets() {
        if (streets == null) {
            streets = new ArrayList<>();
        }
        return streets;
    }

    public void setStreets(List<String> streets) {
        this.streets = streets == null ? null : new ArrayList<>(streets);
    }

    public PostalAddress addStreets(String... values) {
        getStreets().addAll(Arrays.asList(values));
        return this;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public PostalAddress withCity(String city) {
        this.city = city;
        return this;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public PostalAddress withMunicipality(String municipality) {
        this.municipality = municipality;
        return this;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public PostalAddress withState(String state) {
        this.state = state;
        return this;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public PostalAddress withPostalCode(String postalCode) {
        this.postalCode = postalCode;
        return this;
    }

    public Country getCountry() {
        return country;
    }

    public void setCountry(Country country) {
        this.country = country;
    }

    public PostalAddress withCountry(Country country) {
        this.country = country;
        return this;
    }

    /** Live list, never null; add to it directly. */
    public List<Extrinsic> getExtrinsics() {
        if (extrinsics == null) {
            extrinsics = new ArrayList<>();
        }
        return extrinsics;
    }

    public void setExtrinsics(List<Extrinsic> extrinsics) {
        this.extrinsics = extrinsics == null ? null : new ArrayList<>(extrinsics);
    }

    public PostalAddress addExtrinsics(Extrinsic... values) {
        getExtrinsics().addAll(Arrays.asList(values));
        return this;
    }

}
