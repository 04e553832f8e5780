package io.procurewire.sandbox.order;

import io.procurewire.cxml.model.OrderRequest;
import io.procurewire.sandbox.FakeSupplier;
import io.procurewire.sandbox.SandboxApi;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.procurewire.sandbox.SandboxApi.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static io.procurewire.testsupport.security.TestUsers.asAdmin;

@QuarkusTest
class OrderPushTest {

    @TestHTTPResource("/")
    URI base;

    @BeforeEach
    void reset() {
        FakeSupplier.reset();
    }

    private String cxmlSupplier() {
        String number = "SUP-" + UUID.randomUUID().toString().substring(0, 8);
        SandboxApi.createSupplier(number, Map.of("po-method", "cxml",
                "cxml-url", base.resolve("/test-supplier/orders").toString(), "cxml-domain", "DUNS",
                "cxml-identity", "123456789", "cxml-supplier-domain", "DUNS", "cxml-supplier-identity", number,
                "cxml-secret", "order-secret"));
        return number;
    }

    private static List<OrderTransmission> transmissions(long poId) {
        return QuarkusTransaction.requiringNew().call(() ->
                OrderTransmission.<OrderTransmission>list("purchaseOrderId = ?1 order by id", poId));
    }

    private static List<OrderRequest> received(String poNumber) {
        return FakeSupplier.orderRequests.stream().map(d -> d.getRequest().getOrderRequest())
                .filter(o -> o.getHeader().getOrderId().equals(poNumber)).toList();
    }

    @Test
    void issueChangeAndCancelReachTheSupplierAsNewUpdateDelete() {
        String supplier = cxmlSupplier();
        int po = SandboxApi.issuePo(supplier, "Laptop", "Dock");
        String poNumber = api().get("/api/purchase_orders/" + po).then().extract().path("po-number");
        await().atMost(Duration.ofSeconds(10)).until(() -> received(poNumber).size() == 1);
        OrderRequest first = received(poNumber).getFirst();
        assertThat(first.getHeader().getType()).isEqualTo("new");
        assertThat(first.getHeader().getOrderVersion()).isEqualTo(1);
        assertThat(first.getHeader().getTotal().getMoney().getAmount()).isEqualByComparingTo("42.00");
        assertThat(first.getHeader().getBillTo()).isNotNull();
        assertThat(first.getItems()).hasSize(2);
        assertThat(first.getItems().getFirst().getItemId().getSupplierPartId()).isEqualTo("P-1");
        assertThat(FakeSupplier.orderRequests.getLast().getHeader().getSender().getCredentials().getFirst()
                .getSharedSecret()).isEqualTo("order-secret");

        asAdmin().contentType("application/json")
                .body(Map.of("order-lines", List.of(Map.of("line-num", 1, "description", "Laptop", "quantity", "3",
                        "price", "10.50", "uom", Map.of("code", "EA"), "source-part-num", "P-1"))))
                .post("/admin/purchase-orders/" + po + "/versions").then().statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> received(poNumber).size() == 2);
        assertThat(received(poNumber).get(1).getHeader().getType()).isEqualTo("update");
        assertThat(received(poNumber).get(1).getHeader().getOrderVersion()).isEqualTo(2);
        assertThat(received(poNumber).get(1).getItems()).hasSize(1);

        api().put("/api/purchase_orders/" + po + "/cancel").then().statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> received(poNumber).size() == 3);
        assertThat(received(poNumber).get(2).getHeader().getType()).isEqualTo("delete");
        await().atMost(Duration.ofSeconds(5)).until(() -> transmissions(po).stream().allMatch(t -> t.status.equals("sent")));
    }

    @Test
    void fiveHundredIsRetriedUpToTheLimitThenMarkedFailed() {
        FakeSupplier.orderAnswer = 500;
        String supplier = cxmlSupplier();
        int po = SandboxApi.issuePo(supplier, "Laptop");
        await().atMost(Duration.ofSeconds(15)).until(() -> transmissions(po).getFirst().status.equals("failed"));
        OrderTransmission t = transmissions(po).getFirst();
        assertThat(t.attempts).isEqualTo(3);
        assertThat(t.lastResult).isEqualTo("HTTP 500 (gave up after 3 attempts)");
    }

    @Test
    void fourHundredIsNotRetried() {
        FakeSupplier.orderAnswer = 400;
        String supplier = cxmlSupplier();
        int po = SandboxApi.issuePo(supplier, "Laptop");
        await().atMost(Duration.ofSeconds(10)).until(() -> transmissions(po).getFirst().status.equals("failed"));
        OrderTransmission t = transmissions(po).getFirst();
        assertThat(t.attempts).isEqualTo(1);
        assertThat(t.lastResult).isEqualTo("HTTP 400 (4xx: not retried)");
    }

    @Test
    void promptSuppliersGetNothing() {
        String number = "SUP-" + UUID.randomUUID().toString().substring(0, 8);
        SandboxApi.createSupplier(number, Map.of());
        int po = SandboxApi.issuePo(number, "Laptop");
        assertThat(transmissions(po)).isEmpty();
    }
}
