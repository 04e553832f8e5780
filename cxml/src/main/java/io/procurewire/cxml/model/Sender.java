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

/** Header Sender: credentials (usually with SharedSecret) and the sending software's UserAgent. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Sender", propOrder = {"credentials", "userAgent"})
public class Sender {

    @XmlElement(name = "Credential")
    private List<Credential> credentials;

    @XmlElement(name = "UserAgent")
    @XmlJavaTypeAdapter(TrimmedStringAdapter.class)
    private String userAgent;

    public Sender() {
    }

    public Sender(String userAgent, Credential... credentials) {
        this.userAgent = userAgent;
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

    public Sender addCredentials(Credential... values) {
        getCredentials().addAll(Arrays.asList(values));
        return this;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public void setUserAgent(String userAgent) {
        this.userAgent = userAgent;
    }

    public Sender withUserAgent(String userAgent) {
        this.userAgent = userAgent;
        return this;
    }

    /** The first credential with this domain (case-insensitive). */
    public Optional<Credential> credential(String domain) {
        return io.procurewire.cxml.Credentials.find(getCredentials(), domain);
    }

}
