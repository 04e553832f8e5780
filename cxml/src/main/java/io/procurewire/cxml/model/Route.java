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

/** How goods travel: method (air, motor, rail, ship, ...), means, optional dates; text only when the sender wrote some. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Route", propOrder = {})
public class Route {

    @XmlAttribute(name = "method")
    private String method;

    @XmlAttribute(name = "means")
    private String means;

    @XmlAttribute(name = "startDate")
    private String startDate;

    @XmlAttribute(name = "endDate")
    private String endDate;

    @XmlValue
    @XmlJavaTypeAdapter(TrimmedStringAdapter.class)
    private String value;

    public Route() {
    }

    public Route(String method) {
        this.method = method;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public Route withMethod(String method) {
        this.method = method;
        return this;
    }

    public String getMeans() {
        return means;
    }

    public void setMeans(String means) {
        this.means = means;
    }

    public Route withMeans(String means) {
        this.means = means;
        return this;
    }

    public String getStartDate() {
        return startDate;
    }

    public void setStartDate(String startDate) {
        this.startDate = startDate;
    }

    public Route withStartDate(String startDate) {
        this.startDate = startDate;
        return this;
    }

    public String getEndDate() {
        return endDate;
    }

    public void setEndDate(String endDate) {
        this.endDate = endDate;
    }

    public Route withEndDate(String endDate) {
        this.endDate = endDate;
        return this;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public Route withValue(String value) {
        this.value = value;
        return this;
    }
}
