package io.procurewire.ordersync.push;

import com.fasterxml.jackson.databind.JsonNode;
import io.procurewire.ordersync.TestIntegrations;
import io.procurewire.ordersync.fake.FakeBuyerConfirmations;
import io.procurewire.ordersync.fake.FakeErp;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.procurewire.ordersync.TestIntegrations.admin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Every Status the OrderRequest endpoint answers, with its text and detail. */
@QuarkusTest
class OrderRequestResourceTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String SECRET = "order-secret-1";

    @Inject
    FakeErp erp;
    @Inject
    FakeBuyerConfirmations buyer;

    String code;
    String buyerId;
    String testBuyerId;

    @BeforeEach
    void integration() {
        int n = SEQUENCE.incrementAndGet();
        buyerId = "AN0100" + n + System.nanoTime() % 10000;
        testBuyerId = buyerId + "-T";
        Map<String, Object> body = TestIntegrations.body("push-" + buyerId, 1);
        body.put("confirmationUrl", TestIntegrations.base() + "/fake-buyer/confirmations");
        body.put("inbound", Map.of(
                "production", Map.of("fromDomain", "NetworkID", "fromIdentity", buyerId, "senderDomain", "NetworkID",
                        "senderIdentity", buyerId, "sharedSecret", SECRET),
                "test", Map.of("fromDomain", "NetworkID", "fromIdentity", testBuyerId, "senderDomain", "NetworkID",
                        "senderIdentity", testBuyerId, "sharedSecret", "test-secret-1")));
        TestIntegrations.create(body);
        code = (String) body.get("code");
        erp.reset();
    }

    static String fixture(String name, String payloadId, String buyer, String secret, String orderId, String mode) {
        try (InputStream in = OrderRequestResourceTest.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("PAYLOAD_ID", payloadId)
                    .replace("BUYER_ID", buyer).replace("SHARED_SECRET", secret).replace("ORDER_ID", orderId)
                    .replace("DEPLOYMENT_MODE", mode);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String order(String name, String payloadId, String orderId) {
        return fixture(name, payloadId, buyerId, SECRET, orderId, "production");
    }

    private static ValidatableResponse post(String path, String cxml) {
        return given().contentType("text/xml; charset=UTF-8").body(cxml).when().post(path).then()
                .statusCode(200).contentType(org.hamcrest.Matchers.containsString("text/xml"));
    }

    /** Reads the answer with the cxml library (the DOCTYPE names an external DTD that must not be fetched). */
    private static void status(ValidatableResponse response, int code, String text, String detail) {
        io.procurewire.cxml.model.Status status = new io.procurewire.cxml.CxmlReader()
                .read(response.extract().asString()).status().orElseThrow();
        assertThat(status.getCode()).isEqualTo(code);
        assertThat(status.getText()).isEqualTo(text);
        assertThat(status.getContent()).contains(detail);
    }

    private String po() {
        return "PO-" + buyerId;
    }

    @Test
    void aNewOrderIsStoredAnswered200SentToTheErpAndConfirmedToTheBuyer() {
        status(post("/cxml/order-requests", order("order-request-new.xml", "p1@" + buyerId, po())), 200, "OK",
                "order " + po() + " version 1 stored");

        admin().when().post("/api/integrations/" + code + "/deliveries").then().statusCode(200);

        // other test classes' leftovers may be delivered by the same call: pick this order's document
        JsonNode sent = erpDocuments().getFirst();
        assertThat(sent.get("po-number").asText()).isEqualTo(po());
        assertThat(sent.get("action").asText()).isEqualTo("create");
        assertThat(sent.get("total").asText()).isEqualTo("170");
        assertThat(sent.get("order-lines").get(0).get("commodity").get("name").asText()).isEqualTo("14111507");
        admin().when().get("/api/integrations/" + code + "/orders/" + po()).then().statusCode(200)
                .body("versions[0].state", equalTo("COMPLETED")).body("versions[0].source", equalTo("push"));
        String confirmation = buyer.received.stream().filter(c -> c.contains(po())).findFirst().orElseThrow();
        assertThat(confirmation).contains("<ConfirmationHeader type=\"accept\"")
                .contains("confirmID=\"" + erp.documents.get(po() + "/1") + "\"")
                .contains("<DocumentReference payloadID=\"p1@" + buyerId + "\"")
                .contains("<Identity>" + buyerId + "</Identity>");
    }

    @Test
    void aConfirmationWhoseAnswerWasLostIsDeliveredWhenTheBuyerAnswersTheResend409() throws InterruptedException {
        post("/cxml/order-requests", order("order-request-new.xml", "p9@" + buyerId, po()));
        buyer.loseNextAnswer.set(true);

        admin().when().post("/api/integrations/" + code + "/deliveries").then().statusCode(200);
        admin().when().get("/api/integrations/" + code + "/orders/" + po()).then()
                .body("versions[0].state", equalTo("ERP_CONFIRMED"));
        long confirmations = buyer.received.stream().filter(c -> c.contains(po())).count();
        for (int i = 0; i < 50 && !"COMPLETED".equals(state()); i++) {
            Thread.sleep(100); // the test back-off is 50-200 ms
            admin().when().post("/api/integrations/" + code + "/deliveries").then().statusCode(200);
        }

        assertThat(state()).isEqualTo("COMPLETED");
        // the resend carried the same payloadID, so the buyer stored nothing new
        assertThat(buyer.received.stream().filter(c -> c.contains(po())).count()).isEqualTo(confirmations);
        assertThat(erpDocuments()).hasSize(1);
    }

    private java.util.List<JsonNode> erpDocuments() {
        return erp.received.stream().filter(n -> po().equals(n.path("po-number").asText())).toList();
    }

    private String state() {
        return admin().when().get("/api/integrations/" + code + "/orders/" + po()).then().extract()
                .path("versions[0].state");
    }

    @Test
    void aReplayedPayloadIdIsAnsweredOkWithoutASecondVersionAndWithDifferentContentIsAConflict() {
        String cxml = order("order-request-new.xml", "p2@" + buyerId, po());
        post("/cxml/order-requests", cxml);
        status(post("/cxml/order-requests", cxml), 200, "OK", "payloadID p2@" + buyerId + " was already received");
        status(post("/cxml/order-requests", order("order-request-update.xml", "p2@" + buyerId, po())), 409, "Conflict",
                "payloadID p2@" + buyerId + " was already used for a different document");
        admin().when().get("/api/integrations/" + code + "/orders/" + po()).then()
                .body("versions.size()", equalTo(1));
    }

    @Test
    void theSameOrderIdAndVersionTwiceIsOneVersionAndDifferentContentUnderItIsAConflict() {
        post("/cxml/order-requests", order("order-request-new.xml", "p3a@" + buyerId, po()));
        status(post("/cxml/order-requests", order("order-request-new.xml", "p3b@" + buyerId, po())), 200, "OK",
                "order " + po() + " version 1 (new) was already received with payloadID p3a@" + buyerId);
        String changed = order("order-request-new.xml", "p3c@" + buyerId, po()).replace("<ItemOut quantity=\"2\"",
                "<ItemOut quantity=\"4\"");
        status(post("/cxml/order-requests", changed), 409, "Conflict",
                "was already received with different content; send a new orderVersion");
        admin().when().get("/api/integrations/" + code + "/orders/" + po()).then()
                .body("versions.size()", equalTo(1));
    }

    @Test
    void anUpdateBeforeTheNewIsStoredAsTheFirstVersionAndTheLateNewIsKeptOut() {
        status(post("/cxml/order-requests", order("order-request-update.xml", "p4a@" + buyerId, po())), 200, "OK",
                "no earlier version of order " + po() + " was received; stored this update as its first version");
        status(post("/cxml/order-requests", order("order-request-new.xml", "p4b@" + buyerId, po())), 200, "OK",
                "order " + po() + " version 1 is older than version 2, which was already received; kept the newer one");
        admin().when().get("/api/integrations/" + code + "/orders/" + po()).then()
                .body("versions.size()", equalTo(1)).body("versions[0].platformVersion", equalTo(2));
    }

    @Test
    void aDeleteOfAnUnknownOrderIsAPreconditionFailureAndOfAKnownOrderACancel() {
        status(post("/cxml/order-requests", order("order-request-delete.xml", "p5a@" + buyerId, po())), 412,
                "Precondition Failed", "order " + po() + " was never received, so there is nothing to cancel");
        post("/cxml/order-requests", order("order-request-new.xml", "p5b@" + buyerId, po()));
        admin().when().post("/api/integrations/" + code + "/deliveries").then().statusCode(200);
        status(post("/cxml/order-requests", order("order-request-delete.xml", "p5c@" + buyerId, po())), 200, "OK",
                "order " + po() + " version 2 stored");
        admin().when().post("/api/integrations/" + code + "/deliveries").then().statusCode(200);
        JsonNode cancel = erpDocuments().getLast();
        assertThat(cancel.get("action").asText()).isEqualTo("cancel");
        assertThat(cancel.get("erp-document-number").asText()).isEqualTo(erp.documents.get(po() + "/1"));
    }

    @Test
    void wrongCredentialsAre401AndTheTestSetOnlyWorksOnTheTestUrl() {
        status(post("/cxml/order-requests", fixture("order-request-new.xml", "p6a@" + buyerId, buyerId, "wrong-secret",
                po(), "production")), 401, "Unauthorized", "unknown From identity or wrong Sender shared secret");
        status(post("/cxml/order-requests", fixture("order-request-new.xml", "p6b@" + buyerId, "AN-UNKNOWN", SECRET,
                po(), "production")), 401, "Unauthorized", "unknown From identity or wrong Sender shared secret");
        status(post("/cxml/order-requests", fixture("order-request-new.xml", "p6c@" + buyerId, testBuyerId,
                "test-secret-1", po(), "test")), 400, "Bad Request", "deploymentMode test belongs on /cxml/order-requests/test");
        status(post("/cxml/order-requests/test", fixture("order-request-new.xml", "p6d@" + buyerId, testBuyerId,
                "test-secret-1", po(), "test")), 200, "OK", "test orders are stored but never sent to the ERP");
        status(post("/cxml/order-requests/test", fixture("order-request-new.xml", "p6e@" + buyerId, buyerId, SECRET,
                po(), "test")), 401, "Unauthorized", "unknown From identity");
    }

    @Test
    void unreadableInvalidAndUnsupportedDocumentsGetTheirCodes() {
        status(post("/cxml/order-requests", "<cXML><Header>"), 400, "Bad Request", "XML is not well-formed");
        status(post("/cxml/order-requests", order("order-request-missing-parts.xml", "p7@" + buyerId, po())), 400,
                "Bad Request", "ItemOut 1: quantity must be positive; ItemOut 1: ItemID/SupplierPartID is required; "
                        + "ItemOut 1: ItemDetail/UnitPrice/Money is required; ItemOut 1: ItemDetail/UnitOfMeasure is required");
        status(post("/cxml/order-requests", order("profile-request.xml", "p8@" + buyerId, po())), 450,
                "Not Implemented", "this URL accepts OrderRequest only");
        status(post("/cxml/order-requests", order("order-request-new.xml", "p9@" + buyerId, po())
                .replace("type=\"new\"", "type=\"replace\"")), 400, "Bad Request",
                "OrderRequestHeader@type must be new, update or delete but was 'replace'");
    }
}
