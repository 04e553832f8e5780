package io.procurewire.cxml.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlMixed;
import jakarta.xml.bind.annotation.XmlType;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Base of the cXML elements whose content model is ANY (Extrinsic, BuyerCookie): text and arbitrary elements are kept
 * as read (elements as DOM) so they can be echoed back unchanged; {@link #text()} gives them as one string.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "MixedContent")
public class MixedContent {

    @XmlMixed
    @XmlAnyElement(RawXmlHandler.class)
    private List<Object> content;

    public MixedContent() {
    }

    /** Text and DOM elements as read; live list. */
    public List<Object> getContent() {
        if (content == null) {
            content = new ArrayList<>();
        }
        return content;
    }

    /** Replaces the content with this string: well-formed markup is kept as elements, anything else as text. */
    public void setText(String value) {
        getContent().clear();
        if (value == null) {
            return;
        }
        if (value.indexOf('<') >= 0) {
            List<Object> parsed = parseFragment(value);
            if (parsed != null) {
                content.addAll(parsed);
                return;
            }
        }
        content.add(value);
    }

    /** The content as one trimmed string; child elements are serialized as XML. Empty string when there is none. */
    public String text() {
        if (content == null || content.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (Object part : content) {
            if (part instanceof String s) {
                out.append(s);
            } else if (part instanceof Node node) {
                out.append(serialize(node));
            } else if (part != null) {
                out.append(part);
            }
        }
        return out.toString().trim();
    }

    /** True when the content has child elements, not only text. */
    public boolean hasMarkup() {
        return content != null && content.stream().anyMatch(p -> !(p instanceof String));
    }

    /** JAXB callback: around child elements, indentation-only text is dropped so read-write-read is stable. */
    void afterUnmarshal(jakarta.xml.bind.Unmarshaller unmarshaller, Object parent) {
        if (hasMarkup()) {
            content.removeIf(part -> part instanceof String s && s.isBlank());
            content.forEach(part -> {
                if (part instanceof Element element) {
                    dropIndentation(element);
                }
            });
        }
    }

    /** Removes whitespace-only text between child elements (indentation), recursively; text content is kept. */
    private static void dropIndentation(Element element) {
        boolean hasElementChildren = false;
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element) {
                hasElementChildren = true;
                break;
            }
        }
        Node child = element.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            if (hasElementChildren && child.getNodeType() == Node.TEXT_NODE && child.getNodeValue().isBlank()) {
                element.removeChild(child);
            } else if (child instanceof Element nested) {
                dropIndentation(nested);
            }
            child = next;
        }
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && text().equals(((MixedContent) other).text());
    }

    @Override
    public int hashCode() {
        return Objects.hash(getClass(), text());
    }

    @Override
    public String toString() {
        return text();
    }

    private static String serialize(Node node) {
        try {
            TransformerFactory factory = TransformerFactory.newDefaultInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(node), new StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            return node.getTextContent();
        }
    }

    /** Parses "text <a>b</a> text" as a fragment with a parser that refuses any DOCTYPE; null when not well-formed. */
    private static List<Object> parseFragment(String value) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(true);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            var document = builder.parse(new InputSource(new StringReader("<fragment>" + value + "</fragment>")));
            List<Object> parts = new ArrayList<>();
            for (Node child = document.getDocumentElement().getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element element) {
                    parts.add(element);
                } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                    parts.add(child.getNodeValue());
                }
            }
            return parts;
        } catch (Exception notMarkup) {
            return null;
        }
    }
}
