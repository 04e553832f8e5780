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

/** cXML Status: numeric code, standard text attribute, optional detail as content. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Status", propOrder = {})
public class Status {

    @XmlAttribute(name = "code", required = true)
    @XmlJavaTypeAdapter(IntegerAdapter.class)
    private Integer code;

    @XmlAttribute(name = "text", required = true)
    private String text;

    @XmlAttribute(name = "lang", namespace = XMLConstants.XML_NS_URI)
    private String lang;

    @XmlValue
    @XmlJavaTypeAdapter(TrimmedStringAdapter.class)
    private String content;

    public Status() {
    }

    public Status(int code, String text) {
        this.code = code;
        this.text = text;
    }

    public Status(int code, String text, String content) {
        this(code, text);
        this.content = content;
    }

    public Integer getCode() {
        return code;
    }

    public void setCode(Integer code) {
        this.code = code;
    }

    public Status withCode(Integer code) {
        this.code = code;
        return this;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Status withText(String text) {
        this.text = text;
        return this;
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public Status withLang(String lang) {
        this.lang = lang;
        return this;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public Status withContent(String content) {
        this.content = content;
        return this;
    }

    /** True for 2xx codes. */
    public boolean isSuccess() {
        return code != null && io.procurewire.cxml.CxmlStatus.isSuccess(code);
    }

}
