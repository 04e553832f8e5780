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

/** Accounting: name and AccountingSegment+ (legacy Segment is ignored). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Accounting", propOrder = {"segments"})
public class Accounting {

    @XmlAttribute(name = "name", required = true)
    private String name;

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

}
