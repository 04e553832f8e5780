package io.procurewire.punchout.audit;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a received XML document into the text the audit log keeps, decoded as the document says it is encoded
 * (byte order mark, then the XML declaration's encoding; UTF-8 by default, as XML specifies), so that an ISO-8859-1
 * or windows-1252 request reads the same in the log as it did to the parser.
 */
public final class DeclaredEncoding {

    private static final Pattern DECLARATION = Pattern.compile(
            "^\\s*<\\?xml\\s[^?]*?encoding\\s*=\\s*[\"']([A-Za-z][A-Za-z0-9._:-]*)[\"']");

    private DeclaredEncoding() {
    }

    public static String decode(byte[] document) {
        String text = new String(document, charsetOf(document));
        return text.startsWith("\uFEFF") ? text.substring(1) : text; // not replaceFirst: a regex compiled per document
    }

    static Charset charsetOf(byte[] document) {
        if (startsWith(document, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(document, 0xFE, 0xFF) || startsWith(document, 0x00, 0x3C)) {
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(document, 0xFF, 0xFE) || startsWith(document, 0x3C, 0x00)) {
            return StandardCharsets.UTF_16LE;
        }
        // the declaration is ASCII in every ASCII-compatible encoding
        String head = new String(document, 0, Math.min(document.length, 200), StandardCharsets.ISO_8859_1);
        Matcher declared = DECLARATION.matcher(head);
        if (declared.find()) {
            try {
                return Charset.forName(declared.group(1));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
