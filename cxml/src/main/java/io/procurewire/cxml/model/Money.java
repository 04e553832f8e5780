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

/** An amount in an ISO 4217 currency; always BigDecimal. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Money", propOrder = {})
public class Money {

    @XmlAttribute(name = "currency", required = true)
    private String currency;

    @XmlAttribute(name = "alternateAmount")
    @XmlJavaTypeAdapter(DecimalAdapter.class)
    private BigDecimal alternateAmount;

    @XmlAttribute(name = "alternateCurrency")
    private String alternateCurrency;

    @XmlValue
    @XmlJavaTypeAdapter(DecimalAdapter.class)
    private BigDecimal amount;

    public Money() {
    }

    public Money(String currency, BigDecimal amount) {
        this.currency = currency;
        this.amount = amount;
    }

    public Money(String currency, String amount) {
        this(currency, new BigDecimal(amount));
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public Money withCurrency(String currency) {
        this.currency = currency;
        return this;
    }

    public BigDecimal getAlternateAmount() {
        return alternateAmount;
    }

    public void setAlternateAmount(BigDecimal alternateAmount) {
        this.alternateAmount = alternateAmount;
    }

    public Money withAlternateAmount(BigDecimal alternateAmount) {
        this.alternateAmount = alternateAmount;
        return this;
    }

    public String getAlternateCurrency() {
        return alternateCurrency;
    }

    public void setAlternateCurrency(String alternateCurrency) {
        this.alternateCurrency = alternateCurrency;
    }

    public Money withAlternateCurrency(String alternateCurrency) {
        this.alternateCurrency = alternateCurrency;
        return this;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public Money withAmount(BigDecimal amount) {
        this.amount = amount;
        return this;
    }

}
