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

/** Base of elements whose only child is URL. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "UrlHolder", propOrder = {"url"})
public class UrlHolder {

    @XmlElement(name = "URL")
    @XmlJavaTypeAdapter(TrimmedStringAdapter.class)
    private String url;

    public UrlHolder() {
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public UrlHolder withUrl(String url) {
        this.url = url;
        return this;
    }

}
