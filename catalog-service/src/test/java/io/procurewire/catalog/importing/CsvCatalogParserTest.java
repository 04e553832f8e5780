package io.procurewire.catalog.importing;

import io.procurewire.catalog.product.ProductData;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.procurewire.catalog.importing.CifCatalogParserTest.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** CSV files as spreadsheets save them: legacy encodings, semicolons, decimal commas, rows with several problems. */
class CsvCatalogParserTest {

    private static CatalogFile parse(byte[] bytes, String charset) {
        return CsvCatalogParser.parse(bytes, charset, CatalogFile.Mode.INCREMENTAL);
    }

    @Test
    void readsAnExcelSemicolonFileInWindows1252WithDecimalCommas() {
        CatalogFile file = parse(fixture("catalog-excel-semicolon-1252.csv"), null);

        assertEquals(List.of(), file.unreadable());
        assertEquals(2, file.rows().size());
        ProductData pen = file.rows().get(0).data();
        assertEquals("Kugelschreiber blau", pen.name());
        assertEquals("Gehäuse aus Stahl, 10 Stück", pen.description());
        assertEquals(new BigDecimal("1.79"), pen.listPrice());
        ProductData coffee = file.rows().get(1).data();
        assertEquals("Café crème Bohnen", coffee.name());
        // the characters windows-1252 has beyond ISO-8859-1: curly quotes, en dash, euro sign
        assertEquals("\u201eBio\u201c 1 kg \u2013 \u20ac-Preis", coffee.description());
        assertEquals(new BigDecimal("12.50"), coffee.listPrice());
        assertEquals(List.of(
                "the file is not UTF-8; it was read as windows-1252 (what spreadsheets on Western Windows save); "
                        + "send 'Content-Type: text/csv; charset=...' to name another encoding",
                "fields are separated by semicolons (as spreadsheets save CSV where the decimal mark is a comma); "
                        + "decimal commas such as 1,79 are read as 1.79"), file.warnings());
    }

    @Test
    void aUtf8FileIsReadAsUtf8WithoutWarnings() {
        String text = "supplierPartId,name,unitOfMeasure,listPrice,currency\nU-1,Café crème,EA,2.50,EUR\n";

        CatalogFile file = parse(text.getBytes(StandardCharsets.UTF_8), null);

        assertEquals("Café crème", file.rows().getFirst().data().name());
        assertEquals(List.of(), file.warnings());
    }

    @Test
    void aDeclaredCharsetIsUsedAndBytesThatAreNotValidInItBreakTheFile() {
        byte[] latin1 = "supplierPartId,name,unitOfMeasure,listPrice,currency\nL-1,Grüße,EA,1.00,EUR\n"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertEquals("Grüße", parse(latin1, "ISO-8859-1").rows().getFirst().data().name());
        // ISO-8859-1 is read as its superset windows-1252, as browsers do: 0x80 is the euro sign, not a C1 control
        byte[] euro = "supplierPartId,name,unitOfMeasure,listPrice,currency\nL-2,\u20ac-Preis,EA,1.00,EUR\n"
                .getBytes(CsvDialect.WINDOWS_1252);
        assertEquals("\u20ac-Preis", parse(euro, "iso-8859-1").rows().getFirst().data().name());
        assertEquals("the file is not valid UTF-8 although the request declares that charset",
                assertThrows(CatalogFile.BrokenFile.class, () -> parse(latin1, "UTF-8")).getMessage());
        assertEquals("unsupported charset 'klingon'",
                assertThrows(CatalogFile.BrokenFile.class, () -> parse(latin1, "klingon")).getMessage());
    }

    @Test
    void readsUtf16WithAByteOrderMarkAndTabs() {
        String text = "supplierPartId\tname\tunitOfMeasure\tlistPrice\tcurrency\r\nT-1\tÉtagère\tEA\t3,25\tEUR\r\n";

        CatalogFile file = parse(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE), null);

        assertEquals(1, file.rows().size());
        assertEquals("Étagère", file.rows().getFirst().data().name());
        assertEquals(new BigDecimal("3.25"), file.rows().getFirst().data().listPrice());
        assertEquals(List.of("fields are separated by tabs; decimal commas such as 1,79 are read as 1.79"), file.warnings());
    }

    @Test
    void commaFilesKeepSeparatorsInsideQuotesAndDoNotReadDecimalCommas() {
        String text = "supplierPartId,name,unitOfMeasure,listPrice,currency\nC-1,\"Pens; blue, 10\",EA,\"1,79\",USD\n";

        CatalogFile file = parse(text.getBytes(StandardCharsets.UTF_8), null);

        assertEquals(List.of(), file.rows());
        assertEquals(1, file.unreadable().size());
        assertEquals(List.of("listPrice '1,79' is not a number"), file.unreadable().getFirst().reasons());
    }

    @Test
    void aRowWithSeveralProblemsReportsEveryOne() {
        CatalogFile file = parse(fixture("catalog-row-with-many-problems.csv"), null);

        assertEquals(1, file.unreadable().size());
        CatalogFile.InvalidRow row = file.unreadable().getFirst();
        assertEquals(2, row.line());
        assertEquals("IM-30", row.supplierPartId());
        assertEquals(List.of(
                "listPrice 'twelve' is not a number",
                "leadTimeDays 'soon' is not a whole number",
                "name is required",
                "unspsc must be an 8-digit UNSPSC code, was '4412'",
                "unitOfMeasure must be a UN/CEFACT Rec. 20 code such as EA, C62, BX, was 'each'",
                "currency 'DOLLAR' is not an ISO 4217 currency code"), row.reasons());
    }

    @Test
    void theSeparatorIsTheOneTheHeaderUsesOutsideQuotes() {
        assertEquals(',', CsvDialect.separator("a,b,c"));
        assertEquals(';', CsvDialect.separator("a;b;c"));
        assertEquals(',', CsvDialect.separator("\"x;y\",b,c"));
        assertEquals('\t', CsvDialect.separator("a\tb\tc"));
        assertEquals(',', CsvDialect.separator("single"));
    }
}
