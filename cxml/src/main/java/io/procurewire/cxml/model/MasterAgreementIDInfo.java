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

/** Reference to the master agreement (contract) a document is based on, by its ID. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "MasterAgreementIDInfo", propOrder = {})
public class MasterAgreementIDInfo {

    @XmlAttribute(name = "agreementID")
    private String agreementId;

    @XmlAttribute(name = "agreementDate")
    @XmlJavaTypeAdapter(DateTimeAdapter.class)
    private OffsetDateTime agreementDate;

    @XmlAttribute(name = "agreementType")
    private String agreementType;

    public MasterAgreementIDInfo() {
    }

    public MasterAgreementIDInfo(String agreementId) {
        this.agreementId = agreementId;
    }

    public String getAgreementId() {
        return agreementId;
    }

    public void setAgreementId(String agreementId) {
        this.agreementId = agreementId;
    }

    public MasterAgreementIDInfo withAgreementId(String agreementId) {
        this.agreementId = agreementId;
        return this;
    }

    public OffsetDateTime getAgreementDate() {
        return agreementDate;
    }

    public void setAgreementDate(OffsetDateTime agreementDate) {
        this.agreementDate = agreementDate;
    }

    public MasterAgreementIDInfo withAgreementDate(OffsetDateTime agreementDate) {
        this.agreementDate = agreementDate;
        return this;
    }

    public String getAgreementType() {
        return agreementType;
    }

    public void setAgreementType(String agreementType) {
        this.agreementType = agreementType;
    }

    public MasterAgreementIDInfo withAgreementType(String agreementType) {
        this.agreementType = agreementType;
        return this;
    }
}
