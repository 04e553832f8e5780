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

/** Later status of an earlier document: DocumentReference, Status, Extrinsic*. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "StatusUpdateRequest", propOrder = {"documentReference", "status", "extrinsics"})
public class StatusUpdateRequest {

    @XmlElement(name = "DocumentReference")
    private DocumentReference documentReference;

    @XmlElement(name = "Status")
    private Status status;

    @XmlElement(name = "Extrinsic")
    private List<Extrinsic> extrinsics;

    public StatusUpdateRequest() {
    }

    public DocumentReference getDocumentReference() {
        return documentReference;
    }

    public void setDocumentReference(DocumentReference documentReference) {
        this.documentReference = documentReference;
    }

    public StatusUpdateRequest withDocumentReference(DocumentReference documentReference) {
        this.documentReference = documentReference;
        return this;
    }

    public Status getStatus() {
        return status;
    }

    public void setStatus(Status status) {
        this.status = status;
    }

    public StatusUpdateRequest withStatus(Status status) {
        this.status = status;
        return this;
    }

    /** Live list, never null; add to it directly. */
    public List<Extrinsic> getExtrinsics() {
        if (extrinsics == null) {
            extrinsics = new ArrayList<>();
        }
        return extrinsics;
    }

    public void setExtrinsics(List<Extrinsic> extrinsics) {
        this.extrinsics = extrinsics == null ? null : new ArrayList<>(extrinsics);
    }

    public StatusUpdateRequest addExtrinsics(Extrinsic... values) {
        getExtrinsics().addAll(Arrays.asList(values));
        return this;
    }

}
