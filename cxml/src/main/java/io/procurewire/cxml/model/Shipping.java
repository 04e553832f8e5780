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

/** Shipping cost: Money then Description. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Shipping", propOrder = {"description"})
public class Shipping extends MoneyAmount {

    @XmlAttribute(name = "trackingDomain")
    private String trackingDomain;

    @XmlAttribute(name = "trackingId")
    private String trackingId;

    @XmlAttribute(name = "tracking")
    private String tracking;

    @XmlElement(name = "Description")
    private Description description;

    public Shipping() {
    }

    public Shipping(Money money, Description description) {
        setMoney(money);
        this.description = description;
    }

    public String getTrackingDomain() {
        return trackingDomain;
    }

    public void setTrackingDomain(String trackingDomain) {
        this.trackingDomain = trackingDomain;
    }

    public Shipping withTrackingDomain(String trackingDomain) {
        this.trackingDomain = trackingDomain;
        return this;
    }

    public String getTrackingId() {
        return trackingId;
    }

    public void setTrackingId(String trackingId) {
        this.trackingId = trackingId;
    }

    public Shipping withTrackingId(String trackingId) {
        this.trackingId = trackingId;
        return this;
    }

    public String getTracking() {
        return tracking;
    }

    public void setTracking(String tracking) {
        this.tracking = tracking;
    }

    public Shipping withTracking(String tracking) {
        this.tracking = tracking;
        return this;
    }

    public Description getDescription() {
        return description;
    }

    public void setDescription(Description description) {
        this.description = description;
    }

    public Shipping withDescription(Description description) {
        this.description = description;
        return this;
    }

}
