package io.procurewire.catalog.importing;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CifCatalogParserTest {

    static byte[] fixture(String name) {
        try (InputStream in = CifCatalogParserTest.class.getResourceAsStream("/imports/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsAFullLoadWithHeaderCurrencyAndMappedFields() {
        CatalogFile file = CifCatalogParser.parse(fixture("catalog-full.cif"));
        assertEquals(CatalogFile.Mode.FULL, file.mode());
        assertEquals(3, file.rows().size());
        assertTrue(file.unreadable().isEmpty());
        CatalogFile.Row first = file.rows().getFirst();
        assertEquals(13, first.line());
        assertEquals("IM-1", first.data().supplierPartId());
        assertEquals("Ballpoint pen", first.data().name());
        assertEquals("Blue ink, box of 12", first.data().description());
        assertEquals(new BigDecimal("5.80"), first.data().listPrice());
        assertEquals("USD", first.data().currency());
        assertEquals("BX", first.data().unitOfMeasure());
        assertEquals(2, first.data().leadTimeDays());
        assertEquals(Map.of("Market Price", "6.50", "Supplier URL", "https://shop.example.com/im-1"),
                first.data().attributes());
        assertEquals("PK10", file.rows().get(1).data().supplierPartAuxiliaryId());
        // no Short Name: the description is the name
        assertEquals("Tape dispenser for 19 mm tape", file.rows().get(2).data().name());
    }

    @Test
    void incrementalLoadsCarryDeletions() {
        CatalogFile file = CifCatalogParser.parse(fixture("catalog-incremental-delete.cif"));
        assertEquals(CatalogFile.Mode.INCREMENTAL, file.mode());
        assertTrue(file.rows().get(0).delete());
        assertFalse(file.rows().get(1).delete());
    }

    @Test
    void badRowsAreReportedWithLineAndReasonWhileGoodRowsParse() {
        CatalogFile file = CifCatalogParser.parse(fixture("catalog-bad-rows.cif"));
        assertEquals(List.of("IM-40", "IM-43"), file.rows().stream().map(r -> r.data().supplierPartId()).toList());
        assertEquals(List.of(new CatalogFile.InvalidRow(8, "IM-41", List.of("Supplier ID is required")),
                new CatalogFile.InvalidRow(9, "IM-42", List.of("Lead Time 'soon' is not a whole number"))), file.unreadable());
    }

    @Test
    void aFileWithoutEndOfDataIsBroken() {
        assertEquals("no ENDOFDATA line: the file is truncated", assertThrows(CatalogFile.BrokenFile.class,
                () -> CifCatalogParser.parse(fixture("catalog-truncated.cif"))).getMessage());
    }

    @Test
    void aWrongItemCountIsBroken() {
        assertEquals("ITEMCOUNT says 5 items, the file has 1", assertThrows(CatalogFile.BrokenFile.class,
                () -> CifCatalogParser.parse(fixture("catalog-wrong-itemcount.cif"))).getMessage());
    }

    @Test
    void rejectsOtherVersionsAndCodeFormats() {
        assertEquals("unsupported CIF version 'CIF_I_V2.1', expected CIF_I_V3.0", assertThrows(CatalogFile.BrokenFile.class,
                () -> CifCatalogParser.parse("CIF_I_V2.1\nDATA\nENDOFDATA\n")).getMessage());
        assertEquals("CODEFORMAT 'eCl@ss' is not supported, only UNSPSC", assertThrows(CatalogFile.BrokenFile.class,
                () -> CifCatalogParser.parse("CIF_I_V3.0\nCODEFORMAT: eCl@ss\nFIELDNAMES: Supplier ID\nDATA\nENDOFDATA\n")).getMessage());
        assertEquals("FIELDNAMES lacks required field(s): Item Description, SPSC Code, Unit Price, Unit of Measure",
                assertThrows(CatalogFile.BrokenFile.class, () -> CifCatalogParser.parse(
                        "CIF_I_V3.0\nFIELDNAMES: Supplier ID, Supplier Part ID\nDATA\nENDOFDATA\n")).getMessage());
        assertEquals("not a CIF file: the first line must be CIF_I_V3.0", assertThrows(CatalogFile.BrokenFile.class,
                () -> CifCatalogParser.parse("supplierPartId,name\n")).getMessage());
    }

    @Test
    void decodesTheDeclaredCharset() {
        String cif = "CIF_I_V3.0\nCHARSET: ISO-8859-1\nITEMCOUNT: 1\nFIELDNAMES: Supplier ID, Supplier Part ID, Item Description, "
                + "SPSC Code, Unit Price, Unit of Measure, Currency\nDATA\n1,P-\u00e9,Caf\u00e9 filter,48101500,2.00,PK,EUR\nENDOFDATA\n";
        CatalogFile file = CifCatalogParser.parse(cif.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertEquals("Caf\u00e9 filter", file.rows().getFirst().data().description());
        assertEquals("EUR", file.rows().getFirst().data().currency());
    }
}
