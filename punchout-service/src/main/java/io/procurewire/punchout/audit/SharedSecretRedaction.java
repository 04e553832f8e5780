package io.procurewire.punchout.audit;

/**
 * Replaces the content of every {@code SharedSecret} element of a document with {@code ***}, in one scan from one
 * {@code <} to the next (no regular expression, no copy of a document without secrets).
 * <p>
 * The result is exactly that of the two patterns used before, applied one after the other: first
 * {@code <(p:)?SharedSecret\b[^>]*>(.*?)</(p:)?SharedSecret\s*>} (any case, across lines) to
 * {@code <…SharedSecret…>***</…SharedSecret>}, then an empty {@code <(p:)?SharedSecret\b[^>]*&#47;>} to
 * {@code <SharedSecret>***</SharedSecret>}, where the optional prefix {@code p:} is {@code [A-Za-z_][\w.-]*:}, the
 * name is compared ignoring ASCII case, and {@code \b}, {@code \w} and {@code \s} are the ASCII classes.
 * {@code SharedSecretRedactionTest} compares the two on edge cases and generated documents.
 */
final class SharedSecretRedaction {

    private static final String NAME = "sharedsecret";
    private static final String EMPTY_REPLACEMENT = "<SharedSecret>***</SharedSecret>";

    private SharedSecretRedaction() {
    }

    static String redact(String document) {
        return redactEmptyElements(redactContents(document));
    }

    /** {@code <(p:)?SharedSecret\b[^>]*>(.*?)</(p:)?SharedSecret\s*>} → the same tags around {@code ***}. */
    private static String redactContents(String s) {
        StringBuilder out = null;
        int copied = 0;
        int from = 0;
        while (true) {
            int open = s.indexOf('<', from);
            if (open < 0 || !startsWithName(s, open + 1)) {
                if (open < 0) {
                    break;
                }
                from = open + 1;
                continue;
            }
            int openEnd = s.indexOf('>', open + 1);
            if (openEnd < 0) {
                break; // no '>' left: neither this nor any later '<' can start a match
            }
            int close = closingTag(s, openEnd + 1);
            if (close < 0) {
                break; // no closing tag left: no later '<' can be matched either
            }
            if (out == null) {
                out = new StringBuilder(s.length());
            }
            out.append(s, copied, openEnd + 1).append("***");
            copied = close; // the closing tag is kept as written
            from = closingTagEnd(s, close);
        }
        return out == null ? s : out.append(s, copied, s.length()).toString();
    }

    /** {@code <(p:)?SharedSecret\b[^>]*&#47;>} → {@code <SharedSecret>***</SharedSecret>}. */
    private static String redactEmptyElements(String s) {
        StringBuilder out = null;
        int copied = 0;
        int from = 0;
        while (true) {
            int open = s.indexOf('<', from);
            if (open < 0) {
                break;
            }
            if (!startsWithName(s, open + 1)) {
                from = open + 1;
                continue;
            }
            int end = s.indexOf('>', open + 1);
            if (end < 0) {
                break;
            }
            if (s.charAt(end - 1) != '/') {
                from = open + 1;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(s.length() + EMPTY_REPLACEMENT.length());
            }
            out.append(s, copied, open).append(EMPTY_REPLACEMENT);
            copied = end + 1;
            from = end + 1;
        }
        return out == null ? s : out.append(s, copied, s.length()).toString();
    }

    /** At {@code i}: {@code (p:)?SharedSecret} followed by a non-word character or the end. */
    private static boolean startsWithName(String s, int i) {
        int prefixed = afterPrefix(s, i);
        return (prefixed >= 0 && nameAt(s, prefixed) && boundary(s, prefixed + NAME.length()))
                || (nameAt(s, i) && boundary(s, i + NAME.length()));
    }

    /** The first {@code </(p:)?SharedSecret\s*>} at or after {@code from}: the index of its {@code <}, or -1. */
    private static int closingTag(String s, int from) {
        for (int at = s.indexOf("</", from); at >= 0; at = s.indexOf("</", at + 1)) {
            if (closingTagEnd(s, at) >= 0) {
                return at;
            }
        }
        return -1;
    }

    /** The index after the {@code >} of a closing SharedSecret tag starting at {@code at}, or -1. */
    private static int closingTagEnd(String s, int at) {
        int i = at + 2;
        int prefixed = afterPrefix(s, i);
        int end = prefixed >= 0 ? afterNameAndSpace(s, prefixed) : -1;
        return end >= 0 ? end : afterNameAndSpace(s, i);
    }

    private static int afterNameAndSpace(String s, int i) {
        if (!nameAt(s, i)) {
            return -1;
        }
        int j = i + NAME.length();
        while (j < s.length() && isSpace(s.charAt(j))) {
            j++;
        }
        return j < s.length() && s.charAt(j) == '>' ? j + 1 : -1;
    }

    /** At {@code i}: a prefix {@code [A-Za-z_][\w.-]*:}; the index after its colon, or -1. */
    private static int afterPrefix(String s, int i) {
        if (i >= s.length() || !(isAsciiLetter(s.charAt(i)) || s.charAt(i) == '_')) {
            return -1;
        }
        int j = i + 1;
        while (j < s.length() && (isWord(s.charAt(j)) || s.charAt(j) == '.' || s.charAt(j) == '-')) {
            j++;
        }
        return j < s.length() && s.charAt(j) == ':' ? j + 1 : -1;
    }

    private static boolean nameAt(String s, int i) {
        if (i < 0 || i + NAME.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < NAME.length(); k++) {
            char c = s.charAt(i + k);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c != NAME.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean boundary(String s, int i) {
        return i >= s.length() || !isWord(s.charAt(i));
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isWord(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
