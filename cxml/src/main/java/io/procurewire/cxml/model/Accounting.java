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

/** Accounting: name and either legacy Segment+ (type, id, description) or AccountingSegment+, as the DTD allows. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Accounting", propOrder = {"legacySegments", "segments"})
public class Accounting {

    @XmlAttribute(name = "name", required = true)
    private String name;

    @XmlElement(name = "Segment")
    private List<Segment> legacySegments;

    @XmlElement(name = "AccountingSegment")
    private List<AccountingSegment> segments;

    public Accounting() {
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Accounting withName(String name) {
        this.name = name;
        return this;
    }

    /** Live list, never null; add to it directly. */
    public List<AccountingSegment> getSegments() {
        if (segments == null) {
            segments = new ArrayList<>();
        }
        return segments;
    }

    public void setSegments(List<AccountingSegment> segments) {
        this.segments = segments == null ? null : new ArrayList<>(segments);
    }

    public Accounting addSegments(AccountingSegment... values) {
        getSegments().addAll(Arrays.asList(values));
        return this;
    }

    /** The deprecated Segment form (cost centre, GL account ...) that many buyers still send. */
    /** Live list, never null; add to it directly. */
    public List<Segment> getLegacySegments() {
        if (legacySegments == null) {
            legacySegments = new ArrayList<>();
        }
        return legacySegments;
    }

    public void setLegacySegments(List<Segment> legacySegments) {
        this.legacySegments = legacySegments == null ? null : new ArrayList<>(legacySegments);
    }

    public Accounting addLegacySegments(Segment... values) {
        getLegacySegments().addAll(Arrays.asList(values));
        return this;
    }
}
