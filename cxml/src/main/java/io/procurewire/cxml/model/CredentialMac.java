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

/** A message authentication code authenticating a Credential (instead of a SharedSecret). The attributes are kept exactly as written because the MAC is computed over them. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "CredentialMac", propOrder = {})
public class CredentialMac {

    @XmlAttribute(name = "type")
    private String type;

    @XmlAttribute(name = "algorithm")
    private String algorithm;

    @XmlAttribute(name = "creationDate")
    private String creationDate;

    @XmlAttribute(name = "expirationDate")
    private String expirationDate;

    @XmlValue
    @XmlJavaTypeAdapter(TrimmedStringAdapter.class)
    private String value;

    public CredentialMac() {
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public CredentialMac withType(String type) {
        this.type = type;
        return this;
    }

    public String getAlgorithm() {
        return algorithm;
    }

    public void setAlgorithm(String algorithm) {
        this.algorithm = algorithm;
    }

    public CredentialMac withAlgorithm(String algorithm) {
        this.algorithm = algorithm;
        return this;
    }

    public String getCreationDate() {
        return creationDate;
    }

    public void setCreationDate(String creationDate) {
        this.creationDate = creationDate;
    }

    public CredentialMac withCreationDate(String creationDate) {
        this.creationDate = creationDate;
        return this;
    }

    public String getExpirationDate() {
        return expirationDate;
    }

    public void setExpirationDate(String expirationDate) {
        this.expirationDate = expirationDate;
    }

    public CredentialMac withExpirationDate(String expirationDate) {
        this.expirationDate = expirationDate;
        return this;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public CredentialMac withValue(String value) {
        this.value = value;
        return this;
    }
}
