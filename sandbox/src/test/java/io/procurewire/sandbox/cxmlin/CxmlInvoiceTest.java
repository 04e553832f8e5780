package io.procurewire.sandbox.cxmlin;

import io.procurewire.sandbox.SandboxApi;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static io.procurewire.sandbox.SandboxApi.api;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class CxmlInvoiceTest {

    private static String fixture() throws IOException {
        try (InputStream in = CxmlInvoiceTest.class.getResourceAsStream("/fixtures/invoice-detail-request.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private record Setup(String supplier, String poNumber, String xml) {
    }

    private static Setup setup(String secret) throws IOException {
        String supplier = "SUP-" + UUID.randomUUID().toString().substring(0, 8);
        SandboxApi.createSupplier(supplier, Map.of("cxml-supplier-domain", "NetworkID", "cxml-supplier-identity",
                "AN-" + supplier, "cxml-secret", "invoice-secret"));
        int po = SandboxApi.issuePo(supplier, "Widget");
        String poNumber = api().get("/api/purchase_orders/" + po).then().extract().path("po-number");
        String xml = fixture().replace("${identity}", "AN-" + supplier).replace("${secret}", secret)
                .replace("${po}", poNumber).replace("${payload}", UUID.randomUUID().toString());
        return new Setup(supplier, poNumber, xml);
    }

    @Test
    void acceptsAnInvoiceDetailRequestAndShowsItInTheApi() throws IOException {
        Setup s = setup("invoice-secret");
        given().contentType("text/xml").body(s.xml()).post("/cxml/invoices").then().statusCode(200)
                .body(containsString("<Status code=\"200\" text=\"OK\""));
        api().queryParam("supplier[number]", s.supplier()).get("/api/invoices").then().statusCode(200)
                .body("invoice-number", contains("INV-2024-001"))
                .body("[0].origin", equalTo("cxml"))
                .body("[0].total", equalTo("23.10"))
                .body("[0].invoice-lines[0].po-number", equalTo(s.poNumber()))
                .body("[0].invoice-lines[0].order-line-num", equalTo(1))
                .body("[0].invoice-lines[0].total", equalTo("21.00"));
    }

    @Test
    void aResentInvoiceNumberIsAConflict() throws IOException {
        Setup s = setup("invoice-secret");
        given().contentType("text/xml").body(s.xml()).post("/cxml/invoices").then().statusCode(200)
                .body(containsString("code=\"200\""));
        String resent = s.xml().replaceFirst("payloadID=\"[^\"]+\"", "payloadID=\"" + UUID.randomUUID() + "\"");
        given().contentType("text/xml").body(resent).post("/cxml/invoices").then().statusCode(200)
                .body(containsString("code=\"409\"")).body(containsString("INV-2024-001 already exists"));
    }

    @Test
    void aWrongSharedSecretIs401() throws IOException {
        Setup s = setup("wrong");
        given().contentType("text/xml").body(s.xml()).post("/cxml/invoices").then().statusCode(200)
                .body(containsString("code=\"401\""));
    }

    @Test
    void garbageIsABadRequestStatus() {
        given().contentType("text/xml").body("<nope/>").post("/cxml/invoices").then().statusCode(200)
                .body(containsString("code=\"400\"")).body(containsString("root element must be cXML"));
    }
}
