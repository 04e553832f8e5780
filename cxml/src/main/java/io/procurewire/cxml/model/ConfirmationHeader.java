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

/** Confirmation header: type (accept|allDetail|detail|backordered|except|reject|...), noticeDate, operation new|update. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ConfirmationHeader", propOrder = {"documentReference", "total", "shipping", "tax", "contacts", "comments", "extrinsics"})
public class ConfirmationHeader {

    @XmlAttribute(name = "type", required = true)
    private String type;

    @XmlAttribute(name = "noticeDate", required = true)
    @XmlJavaTypeAdapter(DateTimeAdapter.class)
    private OffsetDateTime noticeDate;

    @XmlAttribute(name = "operation")
    private String operation;

    @XmlAttribute(name = "confirmID")
    private String confirmId;

    @XmlAttribute(name = "invoiceID")
    private String invoiceId;

    @XmlAttribute(name = "version")
    @XmlJavaTypeAdapter(IntegerAdapter.class)
    private Integer version;

    @XmlElement(name = "DocumentReference")
    private DocumentReference documentReference;

    @XmlElement(name = "Total")
    private Total total;

    @XmlElement(name = "Shipping")
    private Shipping shipping;

    @XmlElement(name = "Tax")
    private Tax tax;

    @XmlElement(name = "Contact")
    private List<Contact> contacts;

    @XmlElement(name = "Comments")
    private List<Comments> comments;

    @XmlElement(name = "Extrinsic")
    private List<Extrinsic> extrinsics;

    public ConfirmationHeader() {
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public ConfirmationHeader withType(String type) {
        this.type = type;
        return this;
    }

    public OffsetDateTime getNoticeDate() {
        return noticeDate;
    }

    public void setNoticeDate(OffsetDateTime noticeDate) {
        this.noticeDate = noticeDate;
    }

    public ConfirmationHeader withNoticeDate(OffsetDateTime noticeDate) {
        this.noticeDate = noticeDate;
        return this;
    }

    public String getOperation() {
        return operation;
    }

    public void setOperation(String operation) {
        this.operation = operation;
    }

    public ConfirmationHeader withOperation(String operation) {
        this.operation = operation;
        return this;
    }

    public String getConfirmId() {
        return confirmId;
    }

    public void setConfirmId(String confirmId) {
        this.confirmId = confirmId;
    }

    public ConfirmationHeader withConfirmId(String confirmId) {
        this.confirmId = confirmId;
        return this;
    }

    public String getInvoiceId() {
        return invoiceId;
    }

    public void setInvoiceId(String invoiceId) {
        this.invoiceId = invoiceId;
    }

    public ConfirmationHeader withInvoiceId(String invoiceId) {
        this.invoiceId = invoiceId;
        return this;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public ConfirmationHeader withVersion(Integer version) {
        this.version = version;
        return this;
    }

    public DocumentReference getDocumentReference() {
        return documentReference;
    }

    public void setDocumentReference(DocumentReference documentReference) {
        this.documentReference = documentReference;
    }

    public ConfirmationHeader withDocumentReference(DocumentReference documentReference) {
        this.documentReference = documentReference;
        return this;
    }

    public Total getTotal() {
        return total;
    }

    public void setTotal(Total total) {
        this.total = total;
    }

    public ConfirmationHeader withTotal(Total total) {
        this.total = total;
        return this;
    }

    public Shipping getShipping() {
        return shipping;
    }

    public void setShipping(Shipping shipping) {
        this.shipping = shipping;
    }

    public ConfirmationHeader withShipping(Shipping shipping) {
        this.shipping = shipping;
        return this;
    }

    public Tax getTax() {
        return tax;
    }

    public void setTax(Tax tax) {
        this.tax = tax;
    }

    public ConfirmationHeader withTax(Tax tax) {
        this.tax = tax;
        return this;
    }

    /** Live list, never null; add to it directly. */
    public List<Contact> getContacts() {
        if (contacts == null) {
            contacts = new ArrayList<>();
        }
        return contacts;
    }

    public void setContacts(List<Contact> contacts) {
        this.contacts = contacts == null ? null : new ArrayList<>(contacts);
    }

    public ConfirmationHeader addContacts(Contact... values) {
        getContacts().addAll(Arrays.asList(values));
        return this;
    }

    /** Live list, never null; add to it directly. */
    public List<Comments> getComments() {
        if (comments == null) {
            comments = new ArrayList<>();
        }
        return comments;
    }

    public void setComments(List<Comments> comments) {
        this.comments = comments == null ? null : new ArrayList<>(comments);
    }

    public ConfirmationHeader addComments(Comments... values) {
        getComments().addAll(Arrays.asList(values));
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

    public ConfirmationHeader addExtrinsics(Extrinsic... values) {
        getExtrinsics().addAll(Arrays.asList(values));
        return this;
    }

}
