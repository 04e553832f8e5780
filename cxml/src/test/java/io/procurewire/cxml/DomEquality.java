package io.procurewire.cxml;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/** Test helper: DOM content kept as read compares by names, attributes and text, not by indentation or xmlns placement. */
final class DomEquality {

    private DomEquality() {
    }

    static boolean same(Element a, Element b) {
        return describe(a).equals(describe(b));
    }

    static String describe(Element element) {
        StringBuilder out = new StringBuilder();
        append(element, out);
        return out.toString();
    }

    private static void append(Element element, StringBuilder out) {
        out.append('{').append(element.getNamespaceURI()).append('}').append(element.getLocalName());
        NamedNodeMap attributes = element.getAttributes();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (!"http://www.w3.org/2000/xmlns/".equals(attribute.getNamespaceURI())) {
                values.add(attribute.getNamespaceURI() + ":" + attribute.getLocalName() + "=" + attribute.getValue());
            }
        }
        values.sort(null);
        out.append(values).append('(');
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                append(e, out);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                String text = child.getNodeValue().strip();
                if (!text.isEmpty()) {
                    out.append('"').append(text).append('"');
                }
            }
        }
        out.append(')');
    }
}
