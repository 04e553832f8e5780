package io.procurewire.catalog.importing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CsvReaderTest {

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
        List<CsvReader.Record> records = CsvReader.read("a,\"b,1\",\"say \"\"hi\"\"\"\r\n\"multi\r\nline\",,x\r\nlast,row,");
        assertEquals(3, records.size());
        assertEquals(new CsvReader.Record(1, List.of("a", "b,1", "say \"hi\"")), records.get(0));
        assertEquals(new CsvReader.Record(2, List.of("multi\r\nline", "", "x")), records.get(1));
        assertEquals(new CsvReader.Record(4, List.of("last", "row", "")), records.get(2));
    }

    @Test
    void acceptsLfAndCrLineEndingsAndCountsLinesFromAnOffset() {
        List<CsvReader.Record> records = CsvReader.read("a\nb\rc", 10);
        assertEquals(List.of(10, 11, 12), records.stream().map(CsvReader.Record::line).toList());
    }

    @Test
    void rejectsAnUnterminatedQuoteNamingTheLineItOpened() {
        CsvReader.CsvFormatException e = assertThrows(CsvReader.CsvFormatException.class,
                () -> CsvReader.read("ok,1\n\"open,2\nmore\n"));
        assertEquals(2, e.line());
        assertEquals("line 2: a quoted field is never closed", e.getMessage());
    }

    @Test
    void rejectsStrayQuotes() {
        assertEquals("line 1: a quote inside an unquoted field (enclose the field in quotes and double the quote)",
                assertThrows(CsvReader.CsvFormatException.class, () -> CsvReader.read("ab\"c,d")).getMessage());
        assertEquals("line 1: unexpected character 'x' after a closing quote",
                assertThrows(CsvReader.CsvFormatException.class, () -> CsvReader.read("\"ab\"x,d")).getMessage());
    }

    @Test
    void writesWhatItReadsBack() {
        StringBuilder out = new StringBuilder();
        List<String> fields = java.util.Arrays.asList("plain", "with,comma", "with \"quote\"", "two\nlines", " padded", null);
        CsvReader.writeRecord(out, fields);
        assertEquals("plain,\"with,comma\",\"with \"\"quote\"\"\",\"two\nlines\",\" padded\",\r\n", out.toString());
        assertEquals(List.of("plain", "with,comma", "with \"quote\"", "two\nlines", " padded", ""),
                CsvReader.read(out.toString()).getFirst().fields());
    }
}
