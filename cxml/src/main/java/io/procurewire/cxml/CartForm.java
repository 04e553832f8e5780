package io.procurewire.cxml;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML form field that carries a PunchOutOrderMessage from the buyer's browser to the BrowserFormPost URL.
 * <p>
 * {@code cXML-urlencoded}: the raw XML is the field value (the browser url-encodes it when submitting; in an HTML page
 * the value must be HTML-attribute-escaped). {@code cXML-base64}: Base64 of the UTF-8 document (preferred by Ariba,
 * safe for non-ASCII). Receivers match field names case-insensitively: real senders use cxml-urlencoded,
 * cXML-urlencoded, CXML-BASE64 ...
 */
public final class CartForm {

    /** The two standard field names. */
    public enum Encoding {
        URLENCODED("cXML-urlencoded"),
        BASE64("cXML-base64");

        private final String fieldName;

        Encoding(String fieldName) {
            this.fieldName = fieldName;
        }

        /** The canonical field name, e.g. "cXML-base64". */
        public String fieldName() {
            return fieldName;
        }
    }

    /** One hidden form field: its name and the value to put in it (not yet HTML-escaped). */
    public record FormField(String name, String value) {
    }

    private static final Pattern DECLARED_ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    private CartForm() {
    }

    /** The form field for this document: raw XML for URLENCODED, Base64 of its UTF-8 bytes for BASE64. */
    public static FormField encode(String cxml, Encoding encoding) {
        if (cxml == null) {
            throw new IllegalArgumentException("cxml must not be null");
        }
        String value = switch (encoding) {
            case URLENCODED -> cxml;
            case BASE64 -> Base64.getEncoder().encodeToString(cxml.getBytes(StandardCharsets.UTF_8));
        };
        return new FormField(encoding.fieldName(), value);
    }

    /**
     * The cXML document posted in a form, from {@code cXML-base64} (preferred when both are present) or
     * {@code cXML-urlencoded}, field names matched case-insensitively. Base64 may contain MIME line breaks, and a
     * space is read as '+' (a '+' that was not url-encoded by the sender arrives as a space). The decoded bytes are
     * read in the charset the XML declaration names, else UTF-8.
     *
     * @return empty when neither field is present or both are blank
     * @throws CxmlReadException (400) when the base64 field is not valid base64
     */
    public static Optional<String> decode(Map<String, List<String>> formFields) {
        if (formFields == null) {
            return Optional.empty();
        }
        Optional<String> base64 = field(formFields, Encoding.BASE64);
        if (base64.isPresent()) {
            return Optional.of(decodeBase64(base64.get()));
        }
        return field(formFields, Encoding.URLENCODED);
    }

    private static Optional<String> field(Map<String, List<String>> formFields, Encoding encoding) {
        String wanted = encoding.fieldName().toLowerCase(Locale.ROOT);
        return formFields.entrySet().stream()
                .filter(e -> e.getKey() != null && e.getKey().trim().toLowerCase(Locale.ROOT).equals(wanted))
                .flatMap(e -> e.getValue() == null ? java.util.stream.Stream.empty() : e.getValue().stream())
                .filter(v -> v != null && !v.isBlank())
                .findFirst();
    }

    private static String decodeBase64(String value) {
        String cleaned = value.replaceAll("[\\r\\n\\t]", "").trim().replace(' ', '+');
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(cleaned);
        } catch (IllegalArgumentException e) {
            throw new CxmlReadException(400, "form field cXML-base64 is not valid base64: " + e.getMessage(), e);
        }
        return new String(bytes, charsetOf(bytes));
    }

    private static Charset charsetOf(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        Matcher declared = DECLARED_ENCODING.matcher(head.startsWith("\u00EF\u00BB\u00BF") ? head.substring(3) : head);
        if (declared.find()) {
            try {
                return Charset.forName(declared.group(1));
            } catch (RuntimeException unknown) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }
}
