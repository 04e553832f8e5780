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

/** Reference to an earlier document by payloadID. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "DocumentReference", propOrder = {})
public class DocumentReference {

    @XmlAttribute(name = "payloadID", required = true)
    private String payloadId;

    public DocumentReference() {
    }

    public DocumentReference(String payloadId) {
        this.payloadId = payloadId;
    }

    public String getPayloadId() {
        return payloadId;
    }

    public void setPayloadId(String payloadId) {
        this.payloadId = payloadId;
    }

    public DocumentReference withPayloadId(String payloadId) {
        this.payloadId = payloadId;
        return this;
    }

}
