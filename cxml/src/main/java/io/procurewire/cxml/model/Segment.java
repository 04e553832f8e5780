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

/** Legacy accounting segment (deprecated by cXML in favour of AccountingSegment, still sent): type, id, description. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Segment", propOrder = {})
public class Segment {

    @XmlAttribute(name = "type")
    private String type;

    @XmlAttribute(name = "id")
    private String id;

    @XmlAttribute(name = "description")
    private String description;

    public Segment() {
    }

    public Segment(String type, String id, String description) {
        this.type = type;
        this.id = id;
        this.description = description;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public Segment withType(String type) {
        this.type = type;
        return this;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Segment withId(String id) {
        this.id = id;
        return this;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Segment withDescription(String description) {
        this.description = description;
        return this;
    }
}
