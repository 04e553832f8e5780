package io.procurewire.cxml;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks at the prolog (XML declaration, comments, DOCTYPE) before the parser does. The parser never processes a DTD,
 * so nothing declared in an internal subset is ever expanded; this scan decides which internal subsets are harmless
 * and gives hostile ones a precise message whatever the input form.
 * <p>
 * Accepted: internal entity declarations with a plain literal value that nothing references, such as the official
 * examples' {@code <!ENTITY % elem.PunchOut "INCLUDE">}. Refused with "DOCTYPE declares entities; entity declarations
 * are not allowed": an external entity (SYSTEM/PUBLIC: XXE), a value that references other entities (expansion
 * attacks such as billion laughs), a reference to a declared parameter entity inside the DOCTYPE. A parameter entity
 * reference to nothing declared is refused as "DOCTYPE references parameter entities; ...". References to declared
 * general entities in the document itself are found by {@link #findEntityReference}.
 */
final class PrologScanner {

    /** How much of the document start is inspected; real cXML prologs are a few hundred bytes. */
    static final int WINDOW = 64 * 1024;

    static final String DECLARES_ENTITIES = "DOCTYPE declares entities; entity declarations are not allowed";
    static final String REFERENCES_PARAMETER_ENTITIES =
            "DOCTYPE references parameter entities; entity declarations are not allowed";

    private static final Pattern ENTITY_DECLARATION = Pattern.compile(
            "<!ENTITY\\s+(%\\s+)?([^\\s%&;\"'<>]+)\\s+(?:\"([^\"]*)\"|'([^']*)'|(SYSTEM|PUBLIC)\\b[^>]*)\\s*>");
    private static final Pattern PARAMETER_REFERENCE = Pattern.compile("%([^\\s%&;\"'<>]+);");
    private static final Pattern ENCODING = Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    /** What the prolog declares: the general entity names a document must then never reference. */
    record Prolog(Set<String> generalEntities) {

        static final Prolog NONE = new Prolog(Set.of());

        boolean declaresGeneralEntities() {
            return !generalEntities.isEmpty();
        }
    }

    private PrologScanner() {
    }

    static final String DOCTYPE_TOO_LONG = "DOCTYPE is longer than " + WINDOW + " bytes; its internal subset cannot be checked";

    /** Checks the first bytes of a document (any encoding; UTF-16 recognised by BOM or pattern). */
    static Prolog check(byte[] head, int length) {
        return check(decode(head, length), length >= WINDOW);
    }

    /** Checks a document given as characters. */
    static Prolog check(CharSequence text) {
        return text.length() > WINDOW ? check(text.subSequence(0, WINDOW), true) : check(text, false);
    }

    /** Checks a document start; {@code cut} when the document goes on beyond it. */
    private static Prolog check(CharSequence text, boolean cut) {
        int i = 0;
        int n = text.length();
        if (n > 0 && text.charAt(0) == '\uFEFF') {
            i = 1;
        }
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (startsWith(text, i, "<?")) {
                i = skipPast(text, i + 2, "?>");
            } else if (startsWith(text, i, "<!--")) {
                i = skipPast(text, i + 4, "-->");
            } else if (startsWith(text, i, "<!DOCTYPE")) {
                return checkDoctype(text, i + 9, cut);
            } else {
                return Prolog.NONE; // root element (or content the parser will judge)
            }
        }
        return Prolog.NONE;
    }

    private static Prolog checkDoctype(CharSequence text, int from, boolean cut) {
        int n = text.length();
        int depth = 0;
        char quote = 0;
        int subsetStart = -1;
        for (int i = from; i < n; i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (depth > 0 && startsWith(text, i, "<!--")) {
                i = skipPast(text, i + 4, "-->") - 1;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                if (depth == 0) {
                    subsetStart = i + 1;
                }
                depth++;
            } else if (c == ']') {
                depth--;
                if (depth == 0 && subsetStart >= 0) {
                    return checkSubset(text.subSequence(subsetStart, i).toString());
                }
            } else if (c == '>' && depth <= 0) {
                return Prolog.NONE;
            }
        }
        if (cut) {
            // what follows the window could declare anything; real cXML prologs are a few hundred bytes
            throw new CxmlReadException(400, DOCTYPE_TOO_LONG);
        }
        // an unterminated DOCTYPE: the parser reports it; still judge what was declared so far
        return subsetStart >= 0 ? checkSubset(text.subSequence(subsetStart, n).toString()) : Prolog.NONE;
    }

    private static Prolog checkSubset(String subset) {
        String withoutComments = subset.replaceAll("(?s)<!--.*?-->", " ");
        Set<String> parameterEntities = new LinkedHashSet<>();
        Set<String> generalEntities = new LinkedHashSet<>();
        StringBuilder rest = new StringBuilder();
        int last = 0;
        int at = withoutComments.indexOf("<!ENTITY");
        while (at >= 0) {
            rest.append(withoutComments, last, at);
            Matcher declaration = ENTITY_DECLARATION.matcher(withoutComments).region(at, withoutComments.length());
            if (!declaration.lookingAt()) {
                throw new CxmlReadException(400, DECLARES_ENTITIES); // not a plain internal declaration
            }
            String value = declaration.group(3) != null ? declaration.group(3) : declaration.group(4);
            if (value == null || value.indexOf('&') >= 0 || value.indexOf('%') >= 0) {
                throw new CxmlReadException(400, DECLARES_ENTITIES); // external (XXE) or referencing (expansion)
            }
            (declaration.group(1) != null ? parameterEntities : generalEntities).add(declaration.group(2));
            last = declaration.end();
            at = withoutComments.indexOf("<!ENTITY", last);
        }
        rest.append(withoutComments.substring(last));
        Matcher reference = PARAMETER_REFERENCE.matcher(rest.toString().replaceAll("\"[^\"]*\"|'[^']*'", " "));
        if (reference.find()) {
            throw new CxmlReadException(400, parameterEntities.contains(reference.group(1))
                    ? DECLARES_ENTITIES : REFERENCES_PARAMETER_ENTITIES);
        }
        return new Prolog(Set.copyOf(generalEntities));
    }

    /**
     * The first reference to one of these entity names in the document after its DOCTYPE, outside comments, CDATA
     * sections and processing instructions; null when there is none.
     */
    static String findEntityReference(CharSequence text, Set<String> names) {
        int n = text.length();
        int i = skipDoctype(text);
        while (i < n) {
            char c = text.charAt(i);
            if (c == '<') {
                if (startsWith(text, i, "<!--")) {
                    i = skipPast(text, i + 4, "-->");
                } else if (startsWith(text, i, "<![CDATA[")) {
                    i = skipPast(text, i + 9, "]]>");
                } else if (startsWith(text, i, "<?")) {
                    i = skipPast(text, i + 2, "?>");
                } else {
                    i++;
                }
            } else if (c == '&') {
                int end = i + 1;
                while (end < n && end - i < 256 && text.charAt(end) != ';' && !Character.isWhitespace(text.charAt(end))
                        && text.charAt(end) != '<' && text.charAt(end) != '&') {
                    end++;
                }
                if (end < n && text.charAt(end) == ';' && names.contains(text.subSequence(i + 1, end).toString())) {
                    return text.subSequence(i + 1, end).toString();
                }
                i = end;
            } else {
                i++;
            }
        }
        return null;
    }

    private static int skipDoctype(CharSequence text) {
        int start = indexOf(text, "<!DOCTYPE", 0);
        if (start < 0) {
            return 0;
        }
        int depth = 0;
        char quote = 0;
        for (int i = start + 9; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '>' && depth <= 0) {
                return i + 1;
            }
        }
        return text.length();
    }

    /** Decodes a whole document by BOM, then the encoding of its XML declaration, else UTF-8. */
    static String decodeDocument(byte[] bytes) {
        String head = decode(bytes, Math.min(bytes.length, 256));
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1);
        }
        int b0 = bytes.length > 1 ? bytes[0] & 0xFF : -1;
        int b1 = bytes.length > 1 ? bytes[1] & 0xFF : -1;
        if (b0 == 0xFE && b1 == 0xFF || b0 == 0x00 && b1 == 0x3C) {
            return new String(bytes, StandardCharsets.UTF_16BE);
        }
        if (b0 == 0xFF && b1 == 0xFE || b0 == 0x3C && b1 == 0x00) {
            return new String(bytes, StandardCharsets.UTF_16LE);
        }
        Matcher declared = ENCODING.matcher(head);
        Charset charset = StandardCharsets.UTF_8;
        if (declared.find()) {
            try {
                charset = Charset.forName(declared.group(1));
            } catch (IllegalArgumentException unknown) {
                // the parser reports an unsupported encoding; references are ASCII in every ASCII-compatible one
                charset = StandardCharsets.ISO_8859_1;
            }
        }
        return new String(bytes, charset);
    }

    private static int indexOf(CharSequence text, String what, int from) {
        for (int i = from; i + what.length() <= text.length(); i++) {
            if (startsWith(text, i, what)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(CharSequence text, int at, String prefix) {
        if (at + prefix.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (text.charAt(at + k) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int skipPast(CharSequence text, int from, String end) {
        int n = text.length();
        for (int i = from; i < n; i++) {
            if (startsWith(text, i, end)) {
                return i + end.length();
            }
        }
        return n;
    }

    private static String decode(byte[] head, int length) {
        if (length >= 2) {
            int b0 = head[0] & 0xFF;
            int b1 = head[1] & 0xFF;
            if (b0 == 0xFE && b1 == 0xFF || b0 == 0x00 && b1 == 0x3C) {
                return new String(head, 0, length & ~1, StandardCharsets.UTF_16BE);
            }
            if (b0 == 0xFF && b1 == 0xFE || b0 == 0x3C && b1 == 0x00) {
                return new String(head, 0, length & ~1, StandardCharsets.UTF_16LE);
            }
        }
        if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new String(head, 3, length - 3, StandardCharsets.ISO_8859_1);
        }
        // markup characters are ASCII in every ASCII-compatible encoding, which is all the scan needs
        return new String(head, 0, length, StandardCharsets.ISO_8859_1);
    }
}
