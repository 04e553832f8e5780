package io.procurewire.catalog.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;

/**
 * How a CSV file was written, worked out from its bytes: the character encoding and the field separator. Spreadsheets
 * save CSV in the machine's legacy code page (windows-1252 on Western Windows) and, in locales that write decimal
 * commas, with semicolons between fields; both are read rather than turned into U+FFFD or "unknown column 'a;b;c'".
 * What was detected is said in {@link #warnings()} so the person importing knows how the file was read.
 */
public record CsvDialect(String text, char separator, boolean decimalComma, List<String> warnings) {

    /** Excel's "CSV" on Western Windows; a superset of ISO-8859-1's printable characters. */
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * @param declaredCharset the charset parameter of the request's Content-Type, or null. A declared charset is
     *                        trusted, but bytes that are not valid in it break the file with a message saying so.
     */
    public static CsvDialect detect(byte[] bytes, String declaredCharset) {
        List<String> warnings = new ArrayList<>();
        String text = decode(bytes, declaredCharset, warnings);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char separator = separator(firstLine(text));
        boolean decimalComma = separator != ',';
        if (separator == ';') {
            warnings.add("fields are separated by semicolons (as spreadsheets save CSV where the decimal mark is a "
                    + "comma); decimal commas such as 1,79 are read as 1.79");
        } else if (separator == '\t') {
            warnings.add("fields are separated by tabs; decimal commas such as 1,79 are read as 1.79");
        }
        return new CsvDialect(text, separator, decimalComma, List.copyOf(warnings));
    }

    private static String decode(byte[] bytes, String declaredCharset, List<String> warnings) {
        if (declaredCharset != null && !declaredCharset.isBlank()) {
            Charset charset;
            try {
                charset = Charset.forName(declaredCharset.trim());
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new CatalogFile.BrokenFile(null, "unsupported charset '" + declaredCharset.trim() + "'");
            }
            if (charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)) {
                // as browsers do (WHATWG Encoding Standard: these labels mean windows-1252): clients that add a
                // default charset say ISO-8859-1, and the bytes 0x80-0x9F are Excel's curly quotes and euro sign,
                // never the C1 control characters ISO-8859-1 would make of them
                charset = WINDOWS_1252;
            }
            Charset declared = charset;
            return strictly(bytes, charset).orElseThrow(() -> new CatalogFile.BrokenFile(null,
                    "the file is not valid " + declared.name() + " although the request declares that charset"));
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            // "Unicode text" from Excel: UTF-16 with a byte order mark
            return strictly(bytes, StandardCharsets.UTF_16).orElseThrow(() -> new CatalogFile.BrokenFile(null,
                    "the file starts with a UTF-16 byte order mark but is not valid UTF-16"));
        }
        return strictly(bytes, StandardCharsets.UTF_8).orElseGet(() -> {
            warnings.add("the file is not UTF-8; it was read as windows-1252 (what spreadsheets on Western Windows "
                    + "save); send 'Content-Type: text/csv; charset=...' to name another encoding");
            return new String(bytes, WINDOWS_1252);
        });
    }

    private static java.util.Optional<String> strictly(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return java.util.Optional.of(decoder.decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return java.util.Optional.empty();
        }
    }

    private static String firstLine(String text) {
        int end = 0;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return text.substring(0, end);
    }

    /** The separator of the header: the one of comma, semicolon and tab that occurs most outside quotes. */
    static char separator(String header) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                switch (c) {
                    case ',' -> commas++;
                    case ';' -> semicolons++;
                    case '\t' -> tabs++;
                    default -> { }
                }
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return ',';
    }

    /** A number cell as written in this dialect, in the form BigDecimal reads ("1,79" → "1.79" with decimal commas). */
    String number(String cell) {
        if (cell == null || !decimalComma) {
            return cell;
        }
        String trimmed = cell.trim();
        if (trimmed.matches("-?\\d+,\\d+")) {
            return trimmed.replace(',', '.');
        }
        return cell;
    }
}
