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

/** Header From or To: one or more credentials identifying an organization. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Party", propOrder = {"credentials"})
public class Party {

    @XmlElement(name = "Credential")
    private List<Credential> credentials;

    public Party() {
    }

    public Party(Credential... credentials) {
        addCredentials(credentials);
    }

    /** Live list, never null; add to it directly. */
    public List<Credential> getCredentials() {
        if (credentials == null) {
            credentials = new ArrayList<>();
        }
        return credentials;
    }

    public void setCredentials(List<Credential> credentials) {
        this.credentials = credentials == null ? null : new ArrayList<>(credentials);
    }

    public Party addCredentials(Credential... values) {
        getCredentials().addAll(Arrays.asList(values));
        return this;
    }

    /** The first credential with this domain (case-insensitive). */
    public Optional<Credential> credential(String domain) {
        return io.procurewire.cxml.Credentials.find(getCredentials(), domain);
    }

}
