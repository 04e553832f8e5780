package io.procurewire.cxml;

import java.nio.charset.StandardCharsets;

/**
 * Looks at the prolog (XML declaration, comments, DOCTYPE) before the parser does, to reject entity declarations with
 * a precise message whatever the input form. The parser is configured not to process DTDs at all, so this is the
 * clear error, not the only defence.
 */
final class PrologScanner {

    /** How much of the document start is inspected; real cXML prologs are a few hundred bytes. */
    static final int WINDOW = 64 * 1024;

    private PrologScanner() {
    }

    /** Checks the first bytes of a document (any encoding; UTF-16 recognised by BOM or pattern). */
    static void check(byte[] head, int length) {
        check(decode(head, length));
    }

    /** Checks a document given as characters. */
    static void check(CharSequence text) {
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
                checkDoctype(text, i + 9);
                return;
            } else {
                return; // root element (or content the parser will judge)
            }
        }
    }

    private static void checkDoctype(CharSequence text, int from) {
        int n = text.length();
        int depth = 0;
        char quote = 0;
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
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (depth > 0 && startsWith(text, i, "<!ENTITY")) {
                throw new CxmlReadException(400, "DOCTYPE declares entities; entity declarations are not allowed");
            } else if (depth > 0 && c == '%') {
                throw new CxmlReadException(400,
                        "DOCTYPE references parameter entities; entity declarations are not allowed");
            } else if (c == '>' && depth <= 0) {
                return;
            }
        }
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
