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

/** One accounting segment (e.g. cost center). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "AccountingSegment", propOrder = {"name", "description"})
public class AccountingSegment {

    @XmlAttribute(name = "id", required = true)
    private String id;

    @XmlElement(name = "Name")
    private Name name;

    @XmlElement(name = "Description")
    private Description description;

    public AccountingSegment() {
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public AccountingSegment withId(String id) {
        this.id = id;
        return this;
    }

    public Name getName() {
        return name;
    }

    public void setName(Name name) {
        this.name = name;
    }

    public AccountingSegment withName(Name name) {
        this.name = name;
        return this;
    }

    public Description getDescription() {
        return description;
    }

    public void setDescription(Description description) {
        this.description = description;
    }

    public AccountingSegment withDescription(Description description) {
        this.description = description;
        return this;
    }

}
