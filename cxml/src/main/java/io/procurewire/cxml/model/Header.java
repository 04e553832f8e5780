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

/** Routing and authentication: From (originator), To (destination), Sender (who transmits, with the shared secret). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Header", propOrder = {"from", "to", "sender"})
public class Header {

    @XmlElement(name = "From")
    private Party from;

    @XmlElement(name = "To")
    private Party to;

    @XmlElement(name = "Sender")
    private Sender sender;

    public Header() {
    }

    public Party getFrom() {
        return from;
    }

    public void setFrom(Party from) {
        this.from = from;
    }

    public Header withFrom(Party from) {
        this.from = from;
        return this;
    }

    public Party getTo() {
        return to;
    }

    public void setTo(Party to) {
        this.to = to;
    }

    public Header withTo(Party to) {
        this.to = to;
        return this;
    }

    public Sender getSender() {
        return sender;
    }

    public void setSender(Sender sender) {
        this.sender = sender;
    }

    public Header withSender(Sender sender) {
        this.sender = sender;
        return this;
    }

}
