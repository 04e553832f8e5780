package io.procurewire.sandbox.api;

import java.util.List;
import java.util.Map;

/** Writes the Core API's map-shaped representations as Coupa-style XML (hyphenated elements, arrays typed). */
public final class XmlText {

    private XmlText() {
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * An XML answer. The body goes out as bytes: a String entity with an XML media type would be wrapped by the
     * JAXB message writer into {@code <string>}.
     */
    public static jakarta.ws.rs.core.Response response(int status, String xml) {
        return jakarta.ws.rs.core.Response.status(status).type("application/xml; charset=UTF-8")
                .entity(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)).build();
    }

    public static String document(String root, Object value) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        element(xml, root, value, 0);
        return xml.toString();
    }

    /** "order-lines" -> "order-line", "entries" -> "entry", "addresses" -> "address". */
    static String singular(String plural) {
        if (plural.endsWith("ies")) {
            return plural.substring(0, plural.length() - 3) + "y";
        }
        if (plural.endsWith("sses")) {
            return plural.substring(0, plural.length() - 2);
        }
        if (plural.endsWith("s")) {
            return plural.substring(0, plural.length() - 1);
        }
        return plural + "-item";
    }

    private static void element(StringBuilder xml, String name, Object value, int depth) {
        xml.append("  ".repeat(depth));
        if (value == null) {
            xml.append('<').append(name).append(" nil=\"true\"/>\n");
        } else if (value instanceof Map<?, ?> map) {
            xml.append('<').append(name).append(">\n");
            map.forEach((k, v) -> element(xml, k.toString(), v, depth + 1));
            xml.append("  ".repeat(depth)).append("</").append(name).append(">\n");
        } else if (value instanceof List<?> list) {
            xml.append('<').append(name).append(" type=\"array\">\n");
            String child = singular(name);
            list.forEach(item -> element(xml, child, item, depth + 1));
            xml.append("  ".repeat(depth)).append("</").append(name).append(">\n");
        } else {
            String type = value instanceof Boolean ? " type=\"boolean\"" : value instanceof Integer || value instanceof Long
                    ? " type=\"integer\"" : value instanceof java.math.BigDecimal ? " type=\"decimal\"" : "";
            xml.append('<').append(name).append(type).append('>').append(escape(value.toString()))
                    .append("</").append(name).append(">\n");
        }
    }
}
