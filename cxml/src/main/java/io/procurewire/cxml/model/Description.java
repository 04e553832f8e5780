package io.procurewire.cxml.model;

import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlMixed;
import jakarta.xml.bind.annotation.XmlType;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;

/** Description: xml:lang, optional ShortName, text (mixed content; ShortName is written first). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Description")
public class Description {

    @XmlAttribute(name = "lang", namespace = XMLConstants.XML_NS_URI)
    private String lang;

    @XmlAttribute(name = "type")
    private String type;

    @XmlElementRef(name = "ShortName", type = JAXBElement.class, required = false)
    @XmlMixed
    private List<Serializable> content;

    public Description() {
    }

    public Description(String lang, String text) {
        this.lang = lang;
        setText(text);
    }

    public Description(String lang, String shortName, String text) {
        this.lang = lang;
        setShortName(shortName);
        setText(text);
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    /** The text without the ShortName, trimmed; empty string when there is none. */
    public String getText() {
        if (content == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (Serializable part : content) {
            if (part instanceof String s) {
                text.append(s);
            }
        }
        return text.toString().trim();
    }

    public void setText(String text) {
        String shortName = getShortName();
        content = new ArrayList<>();
        if (shortName != null) {
            content.add(ObjectFactory.shortName(shortName));
        }
        if (text != null) {
            content.add(text);
        }
    }

    /** The ShortName, trimmed, or null. */
    public String getShortName() {
        if (content == null) {
            return null;
        }
        for (Serializable part : content) {
            if (part instanceof JAXBElement<?> element && element.getValue() != null) {
                return element.getValue().toString().trim();
            }
        }
        return null;
    }

    public void setShortName(String shortName) {
        String text = getText();
        content = new ArrayList<>();
        if (shortName != null) {
            content.add(ObjectFactory.shortName(shortName));
        }
        if (!text.isEmpty()) {
            content.add(text);
        }
    }

    /** JAXB callback: drops indentation-only text around ShortName so read-write-read is stable. */
    void afterUnmarshal(jakarta.xml.bind.Unmarshaller unmarshaller, Object parent) {
        if (content != null) {
            content.removeIf(part -> part instanceof String s && s.isBlank());
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Description d && java.util.Objects.equals(lang, d.lang)
                && java.util.Objects.equals(type, d.type) && getText().equals(d.getText())
                && java.util.Objects.equals(getShortName(), d.getShortName());
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(lang, type, getText(), getShortName());
    }

    @Override
    public String toString() {
        return getShortName() == null ? getText() : getShortName() + ": " + getText();
    }
}
