package io.procurewire.catalog.importing;

import io.procurewire.catalog.Fixtures;
import io.procurewire.catalog.IsolatedDatabaseProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static io.procurewire.catalog.importing.CifCatalogParserTest.fixture;
import static io.procurewire.testsupport.security.TestUsers.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** One story on a database of its own: CSV in, CIF incremental, CIF full, broken files in between, export out. */
@QuarkusTest
@TestProfile(ImportResourceTest.ImportDatabase.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportResourceTest {

    public static class ImportDatabase extends IsolatedDatabaseProfile {
        @Override
        protected String database() {
            return "catalog_import";
        }
    }

    private static io.restassured.response.ValidatableResponse post(String fixture, String contentType, boolean dryRun) {
        return asAdmin().contentType(contentType).body(fixture(fixture)).queryParam("dryRun", dryRun)
                .when().post("/api/catalog/imports").then();
    }

    @Test
    @Order(1)
    void dryRunReportsAdditionsWithLineNumbersAndChangesNothing() {
        post("catalog-valid.csv", "text/csv", true).statusCode(200)
                .body("format", equalTo("CSV")).body("mode", equalTo("INCREMENTAL"))
                .body("dryRun", equalTo(true)).body("applied", equalTo(false)).body("importId", nullValue())
                .body("summary.rows", equalTo(3)).body("summary.added", equalTo(3))
                .body("summary.changed", equalTo(0)).body("summary.invalid", equalTo(0))
                .body("added.line", contains(2, 3, 5))
                .body("added.supplierPartId", contains("IM-1", "IM-2", "IM-3"))
                .body("added.supplierPartAuxiliaryId", contains(null, "PK10", null));
        asAdmin().get("/api/products/IM-1").then().statusCode(404);
        asAdmin().get("/api/products").then().body("total", equalTo(0));
    }

    @Test
    @Order(2)
    void appliesAValidCsvInOneGo() {
        post("catalog-valid.csv", "text/csv", false).statusCode(200)
                .body("applied", equalTo(true)).body("importId", notNullValue()).body("summary.added", equalTo(3));
        asAdmin().queryParam("auxiliaryId", "PK10").get("/api/products/IM-2").then().statusCode(200)
                .body("description", equalTo("80 g/m2\r\nwhite, \"premium\""))
                .body("unitOfMeasure", equalTo("PK")).body("leadTimeDays", equalTo(5));
        asAdmin().get("/api/products/IM-1").then().body("attributes.color", equalTo("blue"))
                .body("listPrice.amount", equalTo(6.00f));
        asAdmin().get("/api/catalog/imports").then().statusCode(200).body("", hasSize(1)).body("[0].added", equalTo(3));
        // the same file again is all unchanged
        post("catalog-valid.csv", "text/csv", true).statusCode(200).body("summary.unchanged", equalTo(3))
                .body("summary.added", equalTo(0)).body("summary.changed", equalTo(0));
    }

    @Test
    @Order(3)
    void invalidRowsAreReportedAndBlockTheWholeFile() {
        post("catalog-bad-rows.csv", "text/csv", true).statusCode(200)
                .body("summary.invalid", equalTo(6))
                .body("invalid.line", contains(3, 4, 5, 6, 7, 8))
                .body("invalid[0].reasons", contains("listPrice 'twelve' is not a number"))
                .body("invalid[1].reasons", contains("unspsc must be an 8-digit UNSPSC code, was '4412'"))
                .body("invalid[2].reasons", contains("name is required"))
                .body("invalid[3].reasons", contains("has 3 fields, the header has 6"))
                .body("invalid[4].reasons", contains(
                        "unitOfMeasure must be a UN/CEFACT Rec. 20 code such as EA, C62, BX, was 'each'",
                        "currency 'DOLLAR' is not an ISO 4217 currency code"))
                .body("invalid[5].reasons", contains("duplicate of line 2 (same supplier part ID and auxiliary ID)"))
                .body("added.supplierPartId", contains("IM-15"));
        post("catalog-bad-rows.csv", "text/csv", false).statusCode(422).contentType("application/problem+json")
                .body("detail", equalTo("The file has 6 invalid row(s); nothing was imported"))
                .body("report.summary.invalid", equalTo(6));
        asAdmin().get("/api/products/IM-15").then().statusCode(404);
    }

    @Test
    @Order(4)
    void aBrokenCsvIsRejectedWithTheLine() {
        post("catalog-broken-quote.csv", "text/csv", false).statusCode(422).contentType("application/problem+json")
                .body("line", equalTo(2))
                .body("detail", equalTo("The file cannot be imported: line 2: a quoted field is never closed; nothing was changed"));
        asAdmin().get("/api/products/IM-21").then().statusCode(404);
    }

    @Test
    @Order(5)
    void incrementalCifAddsAndDeletes() {
        post("catalog-incremental-delete.cif", "application/x-cif", false).statusCode(200)
                .body("format", equalTo("CIF")).body("mode", equalTo("INCREMENTAL"))
                .body("removed.supplierPartId", contains("IM-3")).body("removed.line", contains(8))
                .body("added.supplierPartId", contains("IM-5"));
        asAdmin().get("/api/products/IM-3").then().body("active", equalTo(false));
        asAdmin().get("/api/products/IM-5").then().statusCode(200).body("name", equalTo("Scissors"));
    }

    @Test
    @Order(6)
    void fullCifDiffsChangesAndRemovesWhatItOmits() {
        int versionBefore = asAdmin().get("/api/products/IM-1").then().extract().path("priceVersion");
        post("catalog-full.cif", "application/octet-stream", true).statusCode(200)
                .body("mode", equalTo("FULL"))
                .body("summary.added", equalTo(1)).body("summary.changed", equalTo(2))
                .body("summary.removed", equalTo(1)).body("summary.unchanged", equalTo(0))
                .body("added.supplierPartId", contains("IM-4")).body("added.line", contains(15))
                .body("changed.supplierPartId", contains("IM-1", "IM-2"))
                .body("changed[0].fields", contains("listPrice", "imageUrl", "attributes"))
                .body("changed[1].fields", contains("description"))
                .body("removed.supplierPartId", contains("IM-5")).body("removed[0].line", nullValue());
        post("catalog-full.cif", "application/octet-stream", false).statusCode(200).body("applied", equalTo(true));
        int versionAfter = asAdmin().get("/api/products/IM-1").then().statusCode(200)
                .body("listPrice.amount", equalTo(5.80f)).body("attributes.'Market Price'", equalTo("6.50"))
                .extract().path("priceVersion");
        org.junit.jupiter.api.Assertions.assertTrue(versionAfter > versionBefore, "a price change is a new version");
        asAdmin().get("/api/products/IM-5").then().body("active", equalTo(false));
        asAdmin().get("/api/products/IM-4").then().body("active", equalTo(true)).body("listPrice.amount", equalTo(7.25f));
    }

    @Test
    @Order(7)
    void brokenCifFilesChangeNothing() {
        post("catalog-truncated.cif", "application/x-cif", false).statusCode(422)
                .body("detail", equalTo("The file cannot be imported: no ENDOFDATA line: the file is truncated; nothing was changed"));
        post("catalog-wrong-itemcount.cif", "application/x-cif", false).statusCode(422)
                .body("detail", startsWith("The file cannot be imported: ITEMCOUNT says 5 items, the file has 1"));
        post("catalog-bad-rows.cif", "application/x-cif", false).statusCode(422)
                .body("report.invalid.line", contains(8, 9, 10))
                .body("report.invalid[2].reasons", contains(
                        "unitOfMeasure must be a UN/CEFACT Rec. 20 code such as EA, C62, BX, was 'piece'"));
        asAdmin().get("/api/products/IM-30").then().statusCode(404);
        asAdmin().get("/api/products/IM-40").then().statusCode(404);
        asAdmin().contentType("application/x-cif").body(fixture("catalog-full.cif")).queryParam("mode", "incremental")
                .post("/api/catalog/imports").then().statusCode(400);
        asAdmin().contentType("application/octet-stream").body(new byte[0]).post("/api/catalog/imports").then().statusCode(400);
    }

    @Test
    @Order(8)
    void exportsTheBuyersCatalogAsCifThatReadsBackWithTheirPrices() {
        Fixtures.createContract("IM-C1", "im-buyer", "USD", "2026-01-01", null, "10", "ALL");
        Fixtures.putLine("IM-C1", "IM-4", Map.of("fixedPrice", "6.99"));
        String cif = asAdmin().queryParam("format", "cif").get("/api/buyers/im-buyer/catalog/export").then()
                .statusCode(200).header("Content-Disposition", equalTo("attachment; filename=\"catalog-im-buyer.cif\""))
                .extract().asString();
        CatalogFile parsed = CifCatalogParser.parse(cif);
        assertEquals(CatalogFile.Mode.FULL, parsed.mode());
        assertEquals(List.of("IM-1", "IM-2", "IM-4"), parsed.rows().stream().map(r -> r.data().supplierPartId()).toList());
        assertEquals(List.of(new BigDecimal("5.22"), new BigDecimal("4.05"), new BigDecimal("6.99")),
                parsed.rows().stream().map(r -> r.data().listPrice()).toList());
        assertEquals(List.of("contract:IM-C1", "PK10", "contract:IM-C1"),
                parsed.rows().stream().map(r -> r.data().supplierPartAuxiliaryId()).toList());
        assertEquals("5.80", parsed.rows().getFirst().data().attributes().get("Market Price"));

        String csv = asAdmin().queryParam("format", "csv").get("/api/buyers/im-buyer/catalog/export").then()
                .statusCode(200).extract().asString();
        List<CsvReader.Record> records = CsvReader.read(csv);
        assertEquals(4, records.size());
        assertEquals(List.of("IM-4", "contract:IM-C1", "Tape dispenser for 19 mm tape", "Tape dispenser for 19 mm tape",
                        "Tapeco", "TP-1", "44121605", "EA", "6.99", "USD", "CONTRACT_FIXED", "IM-C1"),
                records.get(3).fields().subList(0, 12));
        asAdmin().queryParam("format", "xml").get("/api/buyers/im-buyer/catalog/export").then().statusCode(400);
    }

    @Test
    @Order(20)
    void readsASpreadsheetsSemicolonFileAndSaysHowItWasRead() {
        // as curl sends it: no charset parameter (REST Assured would add ISO-8859-1 to a text type by default)
        asAdmin().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType("text/csv").body(fixture("catalog-excel-semicolon-1252.csv")).queryParam("dryRun", true)
                .when().post("/api/catalog/imports").then().statusCode(200)
                .body("summary.invalid", equalTo(0))
                .body("added.supplierPartId", contains("XL-1", "XL-2"))
                .body("warnings", hasSize(2))
                .body("warnings[0]", startsWith("the file is not UTF-8; it was read as windows-1252"));
        asAdmin().contentType("text/csv; charset=UTF-8").body(fixture("catalog-excel-semicolon-1252.csv"))
                .queryParam("dryRun", true).when().post("/api/catalog/imports").then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", equalTo("The file cannot be imported: the file is not valid UTF-8 although the request "
                        + "declares that charset; nothing was changed"));
    }
}
