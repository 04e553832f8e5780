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

/** Reference to the master agreement (contract) a document is based on, by its document. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "MasterAgreementReference", propOrder = {"documentReference"})
public class MasterAgreementReference {

    @XmlAttribute(name = "agreementDate")
    @XmlJavaTypeAdapter(DateTimeAdapter.class)
    private OffsetDateTime agreementDate;

    @XmlAttribute(name = "agreementType")
    private String agreementType;

    @XmlElement(name = "DocumentReference")
    private DocumentReference documentReference;

    public MasterAgreementReference() {
    }

    public MasterAgreementReference(DocumentReference documentReference) {
        this.documentReference = documentReference;
    }

    public OffsetDateTime getAgreementDate() {
        return agreementDate;
    }

    public void setAgreementDate(OffsetDateTime agreementDate) {
        this.agreementDate = agreementDate;
    }

    public MasterAgreementReference withAgreementDate(OffsetDateTime agreementDate) {
        this.agreementDate = agreementDate;
        return this;
    }

    public String getAgreementType() {
        return agreementType;
    }

    public void setAgreementType(String agreementType) {
        this.agreementType = agreementType;
    }

    public MasterAgreementReference withAgreementType(String agreementType) {
        this.agreementType = agreementType;
        return this;
    }

    public DocumentReference getDocumentReference() {
        return documentReference;
    }

    public void setDocumentReference(DocumentReference documentReference) {
        this.documentReference = documentReference;
    }

    public MasterAgreementReference withDocumentReference(DocumentReference documentReference) {
        this.documentReference = documentReference;
        return this;
    }
}
