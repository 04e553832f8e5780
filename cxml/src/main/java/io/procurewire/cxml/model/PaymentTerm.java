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

/** Payment term in days (Discount is ignored). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "PaymentTerm", propOrder = {"extrinsics"})
public class PaymentTerm {

    @XmlAttribute(name = "payInNumberOfDays", required = true)
    @XmlJavaTypeAdapter(IntegerAdapter.class)
    private Integer payInNumberOfDays;

    @XmlElement(name = "Extrinsic")
    private List<Extrinsic> extrinsics;

    public PaymentTerm() {
    }

    public Integer getPayInNumberOfDays() {
        return payInNumberOfDays;
    }

    public void setPayInNumberOfDays(Integer payInNumberOfDays) {
        this.payInNumberOfDays = payInNumberOfDays;
    }

    public PaymentTerm withPayInNumberOfDays(Integer payInNumberOfDays) {
        this.payInNumberOfDays = payInNumberOfDays;
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

    public PaymentTerm addExtrinsics(Extrinsic... values) {
        getExtrinsics().addAll(Arrays.asList(values));
        return this;
    }

}
