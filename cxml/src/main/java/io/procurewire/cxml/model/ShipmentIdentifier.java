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

/** Shipment tracking number. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ShipmentIdentifier", propOrder = {})
public class ShipmentIdentifier {

    @XmlAttribute(name = "domain")
    private String domain;

    @XmlAttribute(name = "trackingNumberDate")
    @XmlJavaTypeAdapter(DateTimeAdapter.class)
    private OffsetDateTime trackingNumberDate;

    @XmlValue
    @XmlJavaTypeAdapter(TrimmedStringAdapter.class)
    private String value;

    public ShipmentIdentifier() {
    }

    public ShipmentIdentifier(String value) {
        this.value = value;
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public ShipmentIdentifier withDomain(String domain) {
        this.domain = domain;
        return this;
    }

    public OffsetDateTime getTrackingNumberDate() {
        return trackingNumberDate;
    }

    public void setTrackingNumberDate(OffsetDateTime trackingNumberDate) {
        this.trackingNumberDate = trackingNumberDate;
    }

    public ShipmentIdentifier withTrackingNumberDate(OffsetDateTime trackingNumberDate) {
        this.trackingNumberDate = trackingNumberDate;
        return this;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public ShipmentIdentifier withValue(String value) {
        this.value = value;
        return this;
    }

}
