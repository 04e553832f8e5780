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

/** Free-text comments (Attachments are ignored). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Comments", propOrder = {})
public class Comments {

    @XmlAttribute(name = "lang", namespace = XMLConstants.XML_NS_URI)
    private String lang;

    @XmlAttribute(name = "type")
    private String type;

    @XmlValue
    @XmlJavaTypeAdapter(TrimmedStringAdapter.class)
    private String text;

    public Comments() {
    }

    public Comments(String lang, String text) {
        this.lang = lang;
        this.text = text;
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public Comments withLang(String lang) {
        this.lang = lang;
        return this;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public Comments withType(String type) {
        this.type = type;
        return this;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Comments withText(String text) {
        this.text = text;
        return this;
    }

}
