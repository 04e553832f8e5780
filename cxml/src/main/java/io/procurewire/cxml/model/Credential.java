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

/** An identity in a domain (NetworkID, DUNS, ...); Identity and SharedSecret are whitespace-trimmed when read. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Credential", propOrder = {"identity", "sharedSecret", "digitalSignature", "credentialMac"})
public class Credential {

    @XmlAttribute(name = "domain", required = true)
    private String domain;

    @XmlAttribute(name = "type")
    private String type;

    @XmlElement(name = "Identity")
    @XmlJavaTypeAdapter(TrimmedStringAdapter.class)
    private String identity;

    @XmlElement(name = "SharedSecret")
    @XmlJavaTypeAdapter(TrimmedStringAdapter.class)
    private String sharedSecret;

    @XmlElement(name = "DigitalSignature")
    private DigitalSignature digitalSignature;

    @XmlElement(name = "CredentialMac")
    private CredentialMac credentialMac;

    public Credential() {
    }

    public Credential(String domain, String identity) {
        this.domain = domain;
        this.identity = identity;
    }

    public Credential(String domain, String identity, String sharedSecret) {
        this(domain, identity);
        this.sharedSecret = sharedSecret;
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public Credential withDomain(String domain) {
        this.domain = domain;
        return this;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public Credential withType(String type) {
        this.type = type;
        return this;
    }

    public String getIdentity() {
        return identity;
    }

    public void setIdentity(String identity) {
        this.identity = identity;
    }

    public Credential withIdentity(String identity) {
        this.identity = identity;
        return this;
    }

    public String getSharedSecret() {
        return sharedSecret;
    }

    public void setSharedSecret(String sharedSecret) {
        this.sharedSecret = sharedSecret;
    }

    public Credential withSharedSecret(String sharedSecret) {
        this.sharedSecret = sharedSecret;
        return this;
    }

    public DigitalSignature getDigitalSignature() {
        return digitalSignature;
    }

    public void setDigitalSignature(DigitalSignature digitalSignature) {
        this.digitalSignature = digitalSignature;
    }

    public Credential withDigitalSignature(DigitalSignature digitalSignature) {
        this.digitalSignature = digitalSignature;
        return this;
    }

    public CredentialMac getCredentialMac() {
        return credentialMac;
    }

    public void setCredentialMac(CredentialMac credentialMac) {
        this.credentialMac = credentialMac;
    }

    public Credential withCredentialMac(CredentialMac credentialMac) {
        this.credentialMac = credentialMac;
        return this;
    }

    @Override
    public String toString() {
        // never print the secret
        return "Credential[" + domain + ":" + identity + (sharedSecret == null ? "" : ", secret=***") + "]";
    }

}
