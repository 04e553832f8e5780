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

/** Supported transactions: Option*, Transaction*. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ProfileResponse", propOrder = {"options", "transactions"})
public class ProfileResponse {

    @XmlAttribute(name = "effectiveDate", required = true)
    @XmlJavaTypeAdapter(DateTimeAdapter.class)
    private OffsetDateTime effectiveDate;

    @XmlAttribute(name = "lastRefresh")
    @XmlJavaTypeAdapter(DateTimeAdapter.class)
    private OffsetDateTime lastRefresh;

    @XmlElement(name = "Option")
    private List<Option> options;

    @XmlElement(name = "Transaction")
    private List<Transaction> transactions;

    public ProfileResponse() {
    }

    public OffsetDateTime getEffectiveDate() {
        return effectiveDate;
    }

    public void setEffectiveDate(OffsetDateTime effectiveDate) {
        this.effectiveDate = effectiveDate;
    }

    public ProfileResponse withEffectiveDate(OffsetDateTime effectiveDate) {
        this.effectiveDate = effectiveDate;
        return this;
    }

    public OffsetDateTime getLastRefresh() {
        return lastRefresh;
    }

    public void setLastRefresh(OffsetDateTime lastRefresh) {
        this.lastRefresh = lastRefresh;
    }

    public ProfileResponse withLastRefresh(OffsetDateTime lastRefresh) {
        this.lastRefresh = lastRefresh;
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

    public ProfileResponse addOptions(Option... values) {
        getOptions().addAll(Arrays.asList(values));
        return this;
    }

    /** Live list, never null; add to it directly. */
    public List<Transaction> getTransactions() {
        if (transactions == null) {
            transactions = new ArrayList<>();
        }
        return transactions;
    }

    public void setTransactions(List<Transaction> transactions) {
        this.transactions = transactions == null ? null : new ArrayList<>(transactions);
    }

    public ProfileResponse addTransactions(Transaction... values) {
        getTransactions().addAll(Arrays.asList(values));
        return this;
    }

}
