package io.procurewire.sandbox.po;

import io.procurewire.sandbox.SandboxApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.xml.XmlPath;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.procurewire.sandbox.SandboxApi.api;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static io.procurewire.testsupport.security.TestUsers.asAdmin;

@QuarkusTest
class PurchaseOrderApiTest {

    private static String newSupplier() {
        String number = "SUP-" + UUID.randomUUID().toString().substring(0, 8);
        SandboxApi.createSupplier(number, Map.of());
        return number;
    }

    @Test
    void issuedPoIsListedAsUnexportedWithHyphenatedKeys() {
        String supplier = newSupplier();
        int id = SandboxApi.issuePo(supplier, "Laptop", "Dock");
        api().queryParam("exported", "false").queryParam("supplier[number]", supplier)
                .queryParam("status[in]", "issued,canceled,closed")
                .when().get("/api/purchase_orders")
                .then().statusCode(200)
                .body("id", contains(id))
                .body("[0].status", equalTo("issued"))
                .body("[0].version", equalTo(1))
                .body("[0].exported", equalTo(false))
                .body("[0].currency.code", equalTo("USD"))
                .body("[0].total", equalTo("42.00"))
                .body("[0].supplier.number", equalTo(supplier))
                .body("[0].ship-to-address.city", equalTo("Chicago"))
                .body("[0].order-lines.line-num", contains(1, 2))
                .body("[0].order-lines[0].description", equalTo("Laptop"))
                .body("[0].order-lines[0].quantity", equalTo("2"))
                .body("[0].order-lines[0].price", equalTo("10.5"))
                .body("[0].order-lines[0].uom.code", equalTo("EA"))
                .body("[0].order-lines[0].source-part-num", equalTo("P-1"))
                .body("[0].order-lines[0].commodity.name", equalTo("43211503"));
    }

    @Test
    void markingExportedRemovesThePoFromTheExportQueryAndANewVersionBringsItBack() {
        String supplier = newSupplier();
        int id = SandboxApi.issuePo(supplier, "Chair");
        api().when().put("/api/purchase_orders/" + id + "?exported=true")
                .then().statusCode(200).body("exported", equalTo(true));
        api().queryParam("exported", "false").queryParam("supplier[number]", supplier)
                .get("/api/purchase_orders").then().statusCode(200).body("$", empty());

        asAdmin().contentType("application/json")
                .body(Map.of("order-lines", List.of(Map.of("line-num", 1, "description", "Chair", "quantity", "5",
                        "price", "10.50", "uom", Map.of("code", "EA")))))
                .when().post("/admin/purchase-orders/" + id + "/versions")
                .then().statusCode(200).body("version", equalTo(2)).body("exported", equalTo(false));
        api().queryParam("exported", "false").queryParam("supplier[number]", supplier)
                .get("/api/purchase_orders").then().statusCode(200)
                .body("id", contains(id)).body("[0].version", equalTo(2))
                .body("[0].order-lines[0].quantity", equalTo("5"));
    }

    @Test
    void deletedLinesAreReportedOnlyWhenAsked() {
        String supplier = newSupplier();
        int id = SandboxApi.issuePo(supplier, "Pen", "Paper");
        asAdmin().contentType("application/json")
                .body(Map.of("order-lines", List.of(Map.of("line-num", 1, "description", "Pen", "quantity", "2",
                        "price", "10.50", "uom", Map.of("code", "EA")))))
                .post("/admin/purchase-orders/" + id + "/versions").then().statusCode(200);
        api().get("/api/purchase_orders/" + id).then().statusCode(200)
                .body("order-lines.line-num", contains(1)).body("total", equalTo("21.00"));
        api().queryParam("show_deleted_lines", "true").get("/api/purchase_orders/" + id).then().statusCode(200)
                .body("order-lines.line-num", contains(1, 2))
                .body("order-lines.deleted", contains(false, true));
    }

    @Test
    void filtersByUpdatedAtAndIdAndPagesAtMostFifty() {
        String supplier = newSupplier();
        String before = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(2).truncatedTo(ChronoUnit.SECONDS)
                .toLocalDateTime().toString();
        int first = SandboxApi.issuePo(supplier, "A");
        for (int i = 0; i < 51; i++) {
            SandboxApi.issuePo(supplier, "B" + i);
        }
        api().queryParam("supplier[number]", supplier).queryParam("limit", "500")
                .get("/api/purchase_orders").then().statusCode(200).body("$", hasSize(50));
        api().queryParam("supplier[number]", supplier).queryParam("offset", "50")
                .get("/api/purchase_orders").then().statusCode(200).body("$", hasSize(2));
        api().queryParam("supplier[number]", supplier).queryParam("id[gt]", first).queryParam("limit", "5")
                .get("/api/purchase_orders").then().statusCode(200).body("$", hasSize(5)).body("[0].id", equalTo(first + 1));
        api().queryParam("supplier[number]", supplier).queryParam("updated-at[gt_or_eq]", before)
                .queryParam("offset", "50").get("/api/purchase_orders").then().statusCode(200).body("$", hasSize(2));
        api().queryParam("supplier[number]", supplier).queryParam("updated-at[gt_or_eq]", "2999-01-01T00:00:00")
                .get("/api/purchase_orders").then().statusCode(200).body("$", empty());
    }

    @Test
    void unknownFilterAttributeIsA400WithCoupaErrors() {
        api().queryParam("colour", "red").get("/api/purchase_orders")
                .then().statusCode(400).body("errors.error[0]", org.hamcrest.Matchers.startsWith("Unknown query attribute 'colour'"));
    }

    @Test
    void fieldsAndReturnObjectLimitedTrimTheAnswer() {
        String supplier = newSupplier();
        int id = SandboxApi.issuePo(supplier, "Desk");
        api().queryParam("fields", "[\"id\",\"po-number\",{\"order-lines\":[\"line-num\"]}]")
                .get("/api/purchase_orders/" + id).then().statusCode(200)
                .body("keySet()", contains("id", "po-number", "order-lines"))
                .body("order-lines[0].keySet()", contains("line-num"));
        api().queryParam("return_object", "limited").queryParam("supplier[number]", supplier)
                .get("/api/purchase_orders").then().statusCode(200)
                .body("[0].keySet()", contains("id")).body("[0].id", equalTo(id));
    }

    @Test
    void answersXmlWithOrderHeaderRootWhenAsked() {
        String supplier = newSupplier();
        int id = SandboxApi.issuePo(supplier, "Lamp & shade");
        String one = api().accept("application/xml").get("/api/purchase_orders/" + id)
                .then().statusCode(200).contentType("application/xml").extract().asString();
        XmlPath xml = new XmlPath(one);
        assertThat(xml.getString("order-header.id")).isEqualTo(String.valueOf(id));
        assertThat(xml.getString("order-header.order-lines.order-line[0].description")).isEqualTo("Lamp & shade");
        assertThat(xml.getString("order-header.supplier.number")).isEqualTo(supplier);
        String many = api().accept("application/xml").queryParam("supplier[number]", supplier)
                .get("/api/purchase_orders").then().statusCode(200).extract().asString();
        assertThat(many).contains("<order-headers type=\"array\">", "<order-header>", "<exported type=\"boolean\">false</exported>");
    }

    @Test
    void customFieldsOnTheHeaderAreMergedAndShown() {
        String supplier = newSupplier();
        int id = SandboxApi.issuePo(supplier, "Cable");
        api().contentType("application/json").body(Map.of("custom-fields", Map.of("integration-status", "Error: ERP down")))
                .put("/api/purchase_orders/" + id).then().statusCode(200)
                .body("custom-fields.integration-status", equalTo("Error: ERP down"));
        api().contentType("application/json").body(Map.of("custom-fields", Map.of("erp-number", "4500001")))
                .put("/api/purchase_orders/" + id).then().statusCode(200)
                .body("custom-fields.integration-status", equalTo("Error: ERP down"))
                .body("custom-fields.erp-number", equalTo("4500001"));
    }

    @Test
    void cancelAndCloseChangeStatusAndResetExported() {
        String supplier = newSupplier();
        int cancelled = SandboxApi.issuePo(supplier, "X");
        int closed = SandboxApi.issuePo(supplier, "Y");
        api().put("/api/purchase_orders/" + cancelled + "?exported=true").then().statusCode(200);
        api().put("/api/purchase_orders/" + cancelled + "/cancel").then().statusCode(200)
                .body("status", equalTo("cancelled")).body("exported", equalTo(false));
        api().put("/api/purchase_orders/" + closed + "/close").then().statusCode(200).body("status", equalTo("closed"));
        api().queryParam("supplier[number]", supplier).queryParam("status[in]", "canceled,closed")
                .get("/api/purchase_orders").then().statusCode(200).body("id", contains(cancelled, closed));
        api().put("/api/purchase_orders/" + cancelled + "/close").then().statusCode(400)
                .body("errors.error", hasItem("A cancelled purchase order can't be closed"));
    }

    @Test
    void unknownPoIs404InCoupasShape() {
        api().get("/api/purchase_orders/999999").then().statusCode(404)
                .body("errors.error", hasItem("Couldn't find OrderHeader with id=999999"));
    }

    @Test
    void requisitionLessPoShowsNoRequisition() {
        String supplier = newSupplier();
        int id = SandboxApi.issuePo(supplier, "Z");
        api().get("/api/purchase_orders/" + id).then().statusCode(200).body("requisition-header", nullValue());
    }
}
