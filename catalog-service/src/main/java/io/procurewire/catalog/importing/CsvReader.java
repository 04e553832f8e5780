package io.procurewire.catalog.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: fields separated by commas (or another separator, for the semicolon files Excel saves in locales
 * that write decimal commas), records by CRLF (LF and lone CR accepted too), fields optionally
 * enclosed in double quotes, a quote inside a quoted field doubled, line breaks allowed inside quoted fields.
 * Each record remembers the line it starts on, so errors name the line a person sees in an editor.
 * Not lenient about broken quoting: a stray quote or an unterminated quoted field is an error, not a guess.
 */
public final class CsvReader {

    /** One record and the (1-based) line it starts on. */
    public record Record(int line, List<String> fields) {

        public boolean isBlank() {
            return fields.size() == 1 && fields.getFirst().isEmpty();
        }
    }

    public static final class CsvFormatException extends RuntimeException {
        private final int line;

        CsvFormatException(int line, String message) {
            super("line " + line + ": " + message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private final String text;
    private final char separator;
    private int pos;
    private int line;

    private CsvReader(String text, int firstLine, char separator) {
        this.text = text;
        this.line = firstLine;
        this.separator = separator;
    }

    /** Reads all records of {@code text}, whose first character is on line {@code firstLine} of the file. */
    public static List<Record> read(String text, int firstLine) {
        return read(text, firstLine, ',');
    }

    /** The same with another field separator (';' or a tab). */
    public static List<Record> read(String text, int firstLine, char separator) {
        return new CsvReader(text, firstLine, separator).readAll();
    }

    public static List<Record> read(String text) {
        return read(text, 1);
    }

    private List<Record> readAll() {
        List<Record> records = new ArrayList<>();
        while (pos < text.length()) {
            records.add(readRecord());
        }
        return records;
    }

    private Record readRecord() {
        int startLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                fields.add(field.toString());
                return new Record(startLine, fields);
            }
            char c = text.charAt(pos);
            if (c == '"' && field.isEmpty()) {
                readQuoted(field);
                // after the closing quote only a separator or the end of the record may follow
                if (pos < text.length()) {
                    char next = text.charAt(pos);
                    if (next != separator && next != '\r' && next != '\n') {
                        throw new CsvFormatException(line, "unexpected character '" + next + "' after a closing quote");
                    }
                }
                continue;
            }
            if (c == '"') {
                throw new CsvFormatException(line, "a quote inside an unquoted field (enclose the field in quotes and double the quote)");
            }
            if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
                pos++;
                continue;
            }
            if (c == '\r' || c == '\n') {
                pos++;
                if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                    pos++;
                }
                line++;
                fields.add(field.toString());
                return new Record(startLine, fields);
            }
            field.append(c);
            pos++;
        }
    }

    private void readQuoted(StringBuilder field) {
        int openedOn = line;
        pos++; // opening quote
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '"') {
                if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
                    field.append('"');
                    pos += 2;
                    continue;
                }
                pos++;
                return;
            }
            if (c == '\n' || (c == '\r' && !(pos + 1 < text.length() && text.charAt(pos + 1) == '\n'))) {
                line++;
            }
            field.append(c);
            pos++;
        }
        throw new CsvFormatException(openedOn, "a quoted field is never closed");
    }

    /** Writes one RFC 4180 record (CRLF-terminated), quoting only where needed. */
    public static void writeRecord(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String value = fields.get(i) == null ? "" : fields.get(i);
            boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                    || value.indexOf('\r') >= 0 || (!value.isEmpty() && (value.charAt(0) == ' '
                    || value.charAt(value.length() - 1) == ' '));
            if (quote) {
                out.append('"').append(value.replace("\"", "\"\"")).append('"');
            } else {
                out.append(value);
            }
        }
        out.append("\r\n");
    }
}
