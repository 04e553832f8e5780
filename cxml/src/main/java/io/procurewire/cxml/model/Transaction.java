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

/** A supported request type and the URL to post it to. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Transaction", propOrder = {"url", "options"})
public class Transaction {

    @XmlAttribute(name = "requestName", required = true)
    private String requestName;

    @XmlElement(name = "URL")
    @XmlJavaTypeAdapter(TrimmedStringAdapter.class)
    private String url;

    @XmlElement(name = "Option")
    private List<Option> options;

    public Transaction() {
    }

    public Transaction(String requestName, String url) {
        this.requestName = requestName;
        this.url = url;
    }

    public String getRequestName() {
        return requestName;
    }

    public void setRequestName(String requestName) {
        this.requestName = requestName;
    }

    public Transaction withRequestName(String requestName) {
        this.requestName = requestName;
        return this;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public Transaction withUrl(String url) {
        this.url = url;
        return this;
    }

    /** Live list, never null; add to it directly. */
    public List<Option> getOptions() {
        if (options == null) {
            options = new ArrayList<>();
        }
        return options;
    }

    public void setOptions(List<Option> options) {
        this.options = options == null ? null : new ArrayList<>(options);
    }

    public Transaction addOptions(Option... values) {
        getOptions().addAll(Arrays.asList(values));
        return this;
    }

}
