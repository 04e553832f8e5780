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

/** A person or group with a role (endUser, buyer, ...): Name, PostalAddress*, Email*, Phone*, URL*, Extrinsic*. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Contact", propOrder = {"name", "postalAddresses", "emails", "phones", "urls", "extrinsics"})
public class Contact {

    @XmlAttribute(name = "role")
    private String role;

    @XmlAttribute(name = "addressID")
    private String addressId;

    @XmlAttribute(name = "addressIDDomain")
    private String addressIdDomain;

    @XmlElement(name = "Name")
    private Name name;

    @XmlElement(name = "PostalAddress")
    private List<PostalAddress> postalAddresses;

    @XmlElement(name = "Email")
    private List<Email> emails;

    @XmlElement(name = "Phone")
    private List<Phone> phones;

    @XmlElement(name = "URL")
    private List<String> urls;

    @XmlElement(name = "Extrinsic")
    private List<Extrinsic> extrinsics;

    public Contact() {
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public Contact withRole(String role) {
        this.role = role;
        return this;
    }

    public String getAddressId() {
        return addressId;
    }

    public void setAddressId(String addressId) {
        this.addressId = addressId;
    }

    public Contact withAddressId(String addressId) {
        this.addressId = addressId;
        return this;
    }

    public String getAddressIdDomain() {
        return addressIdDomain;
    }

    public void setAddressIdDomain(String addressIdDomain) {
        this.addressIdDomain = addressIdDomain;
    }

    public Contact withAddressIdDomain(String addressIdDomain) {
        this.addressIdDomain = addressIdDomain;
        return this;
    }

    public Name getName() {
        return name;
    }

    public void setName(Name name) {
        this.name = name;
    }

    public Contact withName(Name name) {
        this.name = name;
        return this;
    }

    /** Live list, never null; add to it directly. */
    public List<PostalAddress> getPostalAddresses() {
        if (postalAddresses == null) {
            postalAddresses = new ArrayList<>();
        }
        return postalAddresses;
    }

    public void setPostalAddresses(List<PostalAddress> postalAddresses) {
        this.postalAddresses = postalAddresses == null ? null : new ArrayList<>(postalAddresses);
    }

    public Contact addPostalAddresses(PostalAddress... values) {
        getPostalAddresses().addAll(Arrays.asList(values));
        return this;
    }

    /** The addresses as text: a live view of {@link #getEmailElements()} (adding creates an Email without name). */
    public List<String> getEmails() {
        List<Email> elements = getEmailElements();
        return new java.util.AbstractList<>() {
            @Override
            public String get(int index) {
                return elements.get(index).getValue();
            }

            @Override
            public int size() {
                return elements.size();
            }

            @Override
            public String set(int index, String value) {
                Email email = elements.get(index);
                String old = email.getValue();
                email.setValue(value);
                return old;
            }

            @Override
            public void add(int index, String value) {
                elements.add(index, new Email(value));
            }

            @Override
            public String remove(int index) {
                return elements.remove(index).getValue();
            }
        };
    }

    public void setEmails(List<String> emails) {
        this.emails = emails == null ? null : new ArrayList<>(emails.stream().map(Email::new).toList());
    }

    public Contact addEmails(String... values) {
        getEmails().addAll(Arrays.asList(values));
        return this;
    }

    /** The Email elements with their name and preferredLang attributes; live list, never null. */
    public List<Email> getEmailElements() {
        if (emails == null) {
            emails = new ArrayList<>();
        }
        return emails;
    }

    public Contact addEmailElements(Email... values) {
        getEmailElements().addAll(Arrays.asList(values));
        return this;
    }

    /** Live list, never null; add to it directly. */
    public List<Phone> getPhones() {
        if (phones == null) {
            phones = new ArrayList<>();
        }
        return phones;
    }

    public void setPhones(List<Phone> phones) {
        this.phones = phones == null ? null : new ArrayList<>(phones);
    }

    public Contact addPhones(Phone... values) {
        getPhones().addAll(Arrays.asList(values));
        return this;
    }

    /** Live list, never null; add to it directly. */
    public List<String> getUrls() {
        if (urls == null) {
            urls = new ArrayList<>();
        }
        return urls;
    }

    public void setUrls(List<String> urls) {
        this.urls = urls == null ? null : new ArrayList<>(urls);
    }

    public Contact addUrls(String... values) {
        getUrls().addAll(Arrays.asList(values));
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

    public Contact addExtrinsics(Extrinsic... values) {
        getExtrinsics().addAll(Arrays.asList(values));
        return this;
    }

    /** The first Email, if any. */
    public Optional<String> email() {
        return emails == null ? Optional.empty() : emails.stream().map(e -> e == null ? null : e.getValue())
                .filter(e -> e != null && !e.isBlank()).findFirst();
    }

}
