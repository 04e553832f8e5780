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

/** Invoice header: invoiceID, invoiceDate, purpose (standard|creditMemo|...), operation new|delete, indicators. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "InvoiceDetailRequestHeader", propOrder = {"headerIndicator", "lineIndicator", "partners", "documentReference", "invoiceIdInfo", "shipping", "paymentTerms", "comments", "extrinsics"})
public class InvoiceDetailRequestHeader {

    @XmlAttribute(name = "invoiceID", required = true)
    private String invoiceId;

    @XmlAttribute(name = "isInformationOnly")
    private String isInformationOnly;

    @XmlAttribute(name = "purpose")
    private String purpose;

    @XmlAttribute(name = "operation")
    private String operation;

    @XmlAttribute(name = "invoiceDate", required = true)
    @XmlJavaTypeAdapter(DateTimeAdapter.class)
    private OffsetDateTime invoiceDate;

    @XmlAttribute(name = "invoiceOrigin")
    private String invoiceOrigin;

    @XmlElement(name = "InvoiceDetailHeaderIndicator")
    private InvoiceDetailHeaderIndicator headerIndicator;

    @XmlElement(name = "InvoiceDetailLineIndicator")
    private InvoiceDetailLineIndicator lineIndicator;

    @XmlElement(name = "InvoicePartner")
    private List<InvoicePartner> partners;

    @XmlElement(name = "DocumentReference")
    private DocumentReference documentReference;

    /** A credit or debit memo's original invoice (DocumentReference carries its payloadID). */
    @XmlElement(name = "InvoiceIDInfo")
    private InvoiceIDInfo invoiceIdInfo;

    @XmlElement(name = "InvoiceDetailShipping")
    private InvoiceDetailShipping shipping;

    @XmlElement(name = "PaymentTerm")
    private List<PaymentTerm> paymentTerms;

    @XmlElement(name = "Comments")
    private Comments comments;

    @XmlElement(name = "Extrinsic")
    private List<Extrinsic> extrinsics;

    public InvoiceDetailRequestHeader() {
    }

    public InvoiceIDInfo getInvoiceIdInfo() {
        return invoiceIdInfo;
    }

    public void setInvoiceIdInfo(InvoiceIDInfo invoiceIdInfo) {
        this.invoiceIdInfo = invoiceIdInfo;
    }

    public InvoiceDetailRequestHeader withInvoiceIdInfo(InvoiceIDInfo invoiceIdInfo) {
        this.invoiceIdInfo = invoiceIdInfo;
        return this;
    }

    public String getInvoiceId() {
        return invoiceId;
    }

    public void setInvoiceId(String invoiceId) {
        this.invoiceId = invoiceId;
    }

    public InvoiceDetailRequestHeader withInvoiceId(String invoiceId) {
        this.invoiceId = invoiceId;
        return this;
    }

    public String getIsInformationOnly() {
        return isInformationOnly;
    }

    public void setIsInformationOnly(String isInformationOnly) {
        this.isInformationOnly = isInformationOnly;
    }

    public InvoiceDetailRequestHeader withIsInformationOnly(String isInformationOnly) {
        this.isInformationOnly = isInformationOnly;
        return this;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public InvoiceDetailRequestHeader withPurpose(String purpose) {
        this.purpose = purpose;
        return this;
    }

    public String getOperation() {
        return operation;
    }

    public void setOperation(String operation) {
        this.operation = operation;
    }

    public InvoiceDetailRequestHeader withOperation(String operation) {
        this.operation = operation;
        return this;
    }

    public OffsetDateTime getInvoiceDate() {
        return invoiceDate;
    }

    public void setInvoiceDate(OffsetDateTime invoiceDate) {
        this.invoiceDate = invoiceDate;
    }

    public InvoiceDetailRequestHeader withInvoiceDate(OffsetDateTime invoiceDate) {
        this.invoiceDate = invoiceDate;
        return this;
    }

    public String getInvoiceOrigin() {
        return invoiceOrigin;
    }

    public void setInvoiceOrigin(String invoiceOrigin) {
        this.invoiceOrigin = invoiceOrigin;
    }

    public InvoiceDetailRequestHeader withInvoiceOrigin(String invoiceOrigin) {
        this.invoiceOrigin = invoiceOrigin;
        return this;
    }

    public InvoiceDetailHeaderIndicator getHeaderIndicator() {
        return headerIndicator;
    }

    public void setHeaderIndicator(InvoiceDetailHeaderIndicator headerIndicator) {
        this.headerIndicator = headerIndicator;
    }

    public InvoiceDetailRequestHeader withHeaderIndicator(InvoiceDetailHeaderIndicator headerIndicator) {
        this.headerIndicator = headerIndicator;
        return this;
    }

    public InvoiceDetailLineIndicator getLineIndicator() {
        return lineIndicator;
    }

    public void setLineIndicator(InvoiceDetailLineIndicator lineIndicator) {
        this.lineIndicator = lineIndicator;
    }

    public InvoiceDetailRequestHeader withLineIndicator(InvoiceDetailLineIndicator lineIndicator) {
        this.lineIndicator = lineIndicator;
        return this;
    }

    /** Live list, never null; add to it directly. */
    public List<InvoicePartner> getPartners() {
        if (partners == null) {
            partners = new ArrayList<>();
        }
        return partners;
    }

    public void setPartners(List<InvoicePartner> partners) {
        this.partners = partners == null ? null : new ArrayList<>(partners);
    }

    public InvoiceDetailRequestHeader addPartners(InvoicePartner... values) {
        getPartners().addAll(Arrays.asList(values));
        return this;
    }

    public DocumentReference getDocumentReference() {
        return documentReference;
    }

    public void setDocumentReference(DocumentReference documentReference) {
        this.documentReference = documentReference;
    }

    public InvoiceDetailRequestHeader withDocumentReference(DocumentReference documentReference) {
        this.documentReference = documentReference;
        return this;
    }

    public InvoiceDetailShipping getShipping() {
        return shipping;
    }

    public void setShipping(InvoiceDetailShipping shipping) {
        this.shipping = shipping;
    }

    public InvoiceDetailRequestHeader withShipping(InvoiceDetailShipping shipping) {
        this.shipping = shipping;
        return this;
    }

    /** Live list, never null; add to it directly. */
    public List<PaymentTerm> getPaymentTerms() {
        if (paymentTerms == null) {
            paymentTerms = new ArrayList<>();
        }
        return paymentTerms;
    }

    public void setPaymentTerms(List<PaymentTerm> paymentTerms) {
        this.paymentTerms = paymentTerms == null ? null : new ArrayList<>(paymentTerms);
    }

    public InvoiceDetailRequestHeader addPaymentTerms(PaymentTerm... values) {
        getPaymentTerms().addAll(Arrays.asList(values));
        return this;
    }

    public Comments getComments() {
        return comments;
    }

    public void setComments(Comments comments) {
        this.comments = comments;
    }

    public InvoiceDetailRequestHeader withComments(Comments comments) {
        this.comments = comments;
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

    public InvoiceDetailRequestHeader addExtrinsics(Extrinsic... values) {
        getExtrinsics().addAll(Arrays.asList(values));
        return this;
    }

}
