package io.procurewire.cxml.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.XMLConstants;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Free-text comments, mixed with optional {@code <Attachment><URL>cid:...</URL></Attachment>} references; the content
 * is kept as read so it is written back unchanged.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Comments")
public class Comments extends MixedContent {

    @XmlAttribute(name = "lang", namespace = XMLConstants.XML_NS_URI)
    private String lang;

    @XmlAttribute(name = "type")
    private String type;

    public Comments() {
    }

    public Comments(String lang, String text) {
        this.lang = lang;
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

    /** The comment text without attachments, whitespace-normalized. */
    public String getText() {
        StringBuilder text = new StringBuilder();
        for (Object part : getContent()) {
            if (part instanceof String s) {
                text.append(s);
            }
        }
        return text.toString().replaceAll("\\s+", " ").trim();
    }

    /** Replaces the content with plain text (never parsed as markup). */
    @Override
    public void setText(String text) {
        getContent().clear();
        if (text != null) {
            getContent().add(text);
        }
    }

    public Comments withLang(String lang) {
        this.lang = lang;
        return this;
    }

    public Comments withType(String type) {
        this.type = type;
        return this;
    }

    public Comments withText(String text) {
        setText(text);
        return this;
    }

    /** The URLs of attached parts (usually {@code cid:} references to MIME parts). */
    public List<String> attachmentUrls() {
        List<String> urls = new ArrayList<>();
        for (Object part : getContent()) {
            if (part instanceof Element element && "Attachment".equals(element.getLocalName())) {
                for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (child instanceof Element url && "URL".equals(url.getLocalName())) {
                        urls.add(url.getTextContent().trim());
                    }
                }
            }
        }
        return urls;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other) && Objects.equals(lang, ((Comments) other).lang)
                && Objects.equals(type, ((Comments) other).type);
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), lang, type);
    }

    @Override
    public String toString() {
        return getText();
    }
}
