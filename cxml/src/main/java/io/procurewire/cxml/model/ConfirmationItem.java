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

/** A confirmed order line: UnitOfMeasure, Contact*, ConfirmationStatus+. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ConfirmationItem", propOrder = {"unitOfMeasure", "contacts", "statuses"})
public class ConfirmationItem {

    @XmlAttribute(name = "quantity", required = true)
    @XmlJavaTypeAdapter(DecimalAdapter.class)
    private BigDecimal quantity;

    @XmlAttribute(name = "lineNumber", required = true)
    @XmlJavaTypeAdapter(IntegerAdapter.class)
    private Integer lineNumber;

    @XmlElement(name = "UnitOfMeasure")
    @XmlJavaTypeAdapter(TrimmedStringAdapter.class)
    private String unitOfMeasure;

    @XmlElement(name = "Contact")
    private List<Contact> contacts;

    @XmlElement(name = "ConfirmationStatus")
    private List<ConfirmationStatus> statuses;

    public ConfirmationItem() {
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public ConfirmationItem withQuantity(BigDecimal quantity) {
        this.quantity = quantity;
        return this;
    }

    public Integer getLineNumber() {
        return lineNumber;
    }

    public void setLineNumber(Integer lineNumber) {
        this.lineNumber = lineNumber;
    }

    public ConfirmationItem withLineNumber(Integer lineNumber) {
        this.lineNumber = lineNumber;
        return this;
    }

    public String getUnitOfMeasure() {
        return unitOfMeasure;
    }

    public void setUnitOfMeasure(String unitOfMeasure) {
        this.unitOfMeasure = unitOfMeasure;
    }

    public ConfirmationItem withUnitOfMeasure(String unitOfMeasure) {
        this.unitOfMeasure = unitOfMeasure;
        return this;
    }

    /** Live list, never null; add to it directly. */
    public List<Contact> getContacts() {
        if (contacts == null) {
            contacts = new ArrayList<>();
        }
        return contacts;
    }

    public void setContacts(List<Contact> contacts) {
        this.contacts = contacts == null ? null : new ArrayList<>(contacts);
    }

    public ConfirmationItem addContacts(Contact... values) {
        getContacts().addAll(Arrays.asList(values));
        return this;
    }

    /** Live list, never null; add to it directly. */
    public List<ConfirmationStatus> getStatuses() {
        if (statuses == null) {
            statuses = new ArrayList<>();
        }
        return statuses;
    }

    public void setStatuses(List<ConfirmationStatus> statuses) {
        this.statuses = statuses == null ? null : new ArrayList<>(statuses);
    }

    public ConfirmationItem addStatuses(ConfirmationStatus... values) {
        getStatuses().addAll(Arrays.asList(values));
        return this;
    }

}
