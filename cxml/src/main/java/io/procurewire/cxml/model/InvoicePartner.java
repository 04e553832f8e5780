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

/** A party of the invoice (remitTo, billTo, ...). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "InvoicePartner", propOrder = {"contact"})
public class InvoicePartner {

    @XmlElement(name = "Contact")
    private Contact contact;

    public InvoicePartner() {
    }

    public InvoicePartner(Contact contact) {
        this.contact = contact;
    }

    public Contact getContact() {
        return contact;
    }

    public void setContact(Contact contact) {
        this.contact = contact;
    }

    public InvoicePartner withContact(Contact contact) {
        this.contact = contact;
        return this;
    }

}
