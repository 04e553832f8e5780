package io.procurewire.punchout.session;

import io.procurewire.cxml.model.CxmlDocument;
import io.procurewire.punchout.Concurrently;
import io.procurewire.punchout.Punchout;
import io.procurewire.punchout.TestConnections;
import io.procurewire.punchout.fakecatalog.FakeCatalog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.procurewire.punchout.Punchout.assertStatus;
import static io.procurewire.punchout.Punchout.fixture;
import static io.procurewire.punchout.Punchout.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class SetupResourceTest {

    @Inject
    EntityManager em;

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    @AfterEach
    void healthyCatalog() {
        FakeCatalog.healthy();
    }

    @Test
    void answersCoupaCreateWithSingleUseStartPageAndProvisionsTheUser() {
        TestConnections.Registered acme = TestConnections.acme(true, "URLENCODED");
        String request = fixture("setup-create-coupa.xml", acme);
        CxmlDocument answer = post(request);

        String startPath = Punchout.startPath(answer);
        String token = startPath.substring("/punchout/start/".length());
        assertEquals(43, token.length());
        Object[] session = row("""
                select s.operation, s.buyer_cookie, s.browser_form_post_url, s.environment, s.cart_encoding,
                       s.start_token_hash, s.start_token_redeemed_at, a.email, a.unique_name, a.first_name, a.last_name,
                       a.business_unit, a.provisioned_by_punchout,
                       cast(extract(epoch from (s.start_token_expires_at - s.created_at)) as integer)
                from punchout_session s join customer_account a on a.id = s.account_id
                where s.connection_id = ?1""", acme.id());
        assertEquals("CREATE", session[0]);
        assertTrue(session[1].toString().startsWith("a7c3f0e2-coupa-session-"));
        assertEquals("https://acme.coupahost.com/punchout/checkout?id=42", session[2]);
        assertEquals("PRODUCTION", session[3]);
        assertEquals("URLENCODED", session[4]);
        assertEquals(Tokens.hash(token), session[5], "only the token's hash is stored");
        assertNull(session[6]);
        assertEquals("jane.requester@acme.example", session[7]);
        assertEquals("jrequester", session[8]);
        assertEquals("Jane", session[9]);
        assertEquals("Requester", session[10]);
        assertEquals("QUALITY LAB", session[11]);
        assertEquals(true, session[12]);
        assertEquals(300, ((Number) session[13]).intValue(), "default start token lifetime: 5 minutes");

        List<Object[]> exchanges = rows("select direction, document_type, payload_id, in_reply_to, status_code, document "
                + "from exchange where connection_id = ?1 order by id", acme.id());
        assertEquals(2, exchanges.size());
        assertEquals("INBOUND", exchanges.get(0)[0]);
        assertEquals("PunchOutSetupRequest", exchanges.get(0)[1]);
        String requestPayloadId = exchanges.get(0)[2].toString();
        assertTrue(request.contains(requestPayloadId));
        assertFalse(exchanges.get(0)[5].toString().contains(acme.secret()), "secret redacted in the audit log");
        assertTrue(exchanges.get(0)[5].toString().contains("<SharedSecret>***</SharedSecret>"));
        assertEquals("OUTBOUND", exchanges.get(1)[0]);
        assertEquals("PunchOutSetupResponse", exchanges.get(1)[1]);
        assertEquals(answer.getPayloadId(), exchanges.get(1)[2]);
        assertEquals(requestPayloadId, exchanges.get(1)[3]);
        assertEquals(200, ((Number) exchanges.get(1)[4]).intValue());
        assertTrue(exchanges.get(1)[5].toString().contains(startPath));
    }

    @Inject
    io.micrometer.core.instrument.MeterRegistry meters;

    @Test
    void answersExactlyTheBytesItRecordsAsTheOutboundDocument() {
        TestConnections.Registered acme = TestConnections.acme(true, null);
        io.restassured.response.Response http = given().contentType("text/xml; charset=UTF-8")
                .body(fixture("setup-create-coupa.xml", acme).getBytes(StandardCharsets.UTF_8)).post("/cxml/punchout");
        assertEquals(200, http.statusCode());
        assertEquals("text/xml;charset=UTF-8", http.contentType().replace(" ", ""));
        byte[] body = http.asByteArray();
        Object[] outbound = row("select document, status_code from exchange where connection_id = ?1 "
                + "and direction = 'OUTBOUND'", acme.id());
        assertEquals(200, ((Number) outbound[1]).intValue());
        assertEquals(outbound[0].toString(), new String(body, StandardCharsets.UTF_8));
        assertTrue(new String(body, StandardCharsets.UTF_8).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE cXML SYSTEM \"http://xml.cxml.org/schemas/cXML/1.2.069/cXML.dtd\">\n<cXML "));
    }

    @Test
    void countsEveryAcceptedSetupByOperationAndEveryRefusalByStatus() {
        TestConnections.Registered acme = TestConnections.acme(true, null);
        double created = count("200", "create");
        double unauthorized = count("401", "unknown");
        Punchout.startPath(post(fixture("setup-create-coupa.xml", acme)));
        Punchout.startPath(post(fixture("setup-create-coupa.xml", acme)));
        assertStatus(post(fixture("setup-create-coupa.xml", acme).replace(acme.secret(), "wrong-secret")), 401,
                "Unauthorized");
        assertEquals(created + 2, count("200", "create"), "the kept counter is the registry's");
        assertEquals(unauthorized + 1, count("401", "unknown"));
    }

    private double count(String status, String operation) {
        io.micrometer.core.instrument.Counter counter = meters.find("procurewire_punchout_setup_requests_total")
                .tags("status", status, "operation", operation).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void matchesTheExistingAccountOnTheNextPunchout() {
        TestConnections.Registered acme = TestConnections.acme(true, null);
        Punchout.startPath(post(fixture("setup-create-coupa.xml", acme)));
        Punchout.startPath(post(fixture("setup-create-coupa.xml", acme)));
        assertEquals(1L, ((Number) row("select count(*), max(id) from customer_account where connection_id = ?1",
                acme.id())[0]).longValue());
        assertEquals(2L, ((Number) row("select count(distinct account_id), count(*) from punchout_session "
                + "where connection_id = ?1", acme.id())[1]).longValue());
    }

    @Test
    void refusesUnknownUsersWhenProvisioningIsOffButAdmitsRegisteredOnes() {
        TestConnections.Registered acme = TestConnections.acme(false, null);
        assertStatus(post(fixture("setup-create-coupa.xml", acme)), 403, "Forbidden");

        given().contentType(ContentType.JSON).body(Map.of("uniqueName", "jrequester"))
                .post("/api/connections/" + acme.id() + "/accounts").then().statusCode(201);
        Punchout.startPath(post(fixture("setup-create-coupa.xml", acme)));
        Object[] account = row("select email, first_name, provisioned_by_punchout from customer_account "
                + "where connection_id = ?1", acme.id());
        assertEquals("jane.requester@acme.example", account[0], "completed from the request");
        assertEquals("Jane", account[1]);
        assertEquals(false, account[2]);
    }

    @Test
    void unknownIdentityAndWrongSecretGetTheSameAnswer() {
        TestConnections.Registered acme = TestConnections.acme(true, null);
        CxmlDocument unknown = post(fixture("setup-create-coupa.xml", "NO-SUCH-BUYER", acme.secret(), Map.of()));
        CxmlDocument wrongSecret = post(fixture("setup-create-coupa.xml", acme.fromIdentity(), "guess", Map.of()));
        assertStatus(unknown, 401, "Unauthorized");
        assertStatus(wrongSecret, 401, "Unauthorized");
        assertEquals(Punchout.status(unknown).getContent(), Punchout.status(wrongSecret).getContent());
        assertEquals(0L, count("select count(*) from punchout_session where connection_id = ?1", acme.id()));
    }

    @Test
    void refusesTheTestCredentialSetOnTheProductionUrlAndViceVersa() {
        TestConnections.Registered acme = TestConnections.acme(true, null);
        // the test From identity with the test secret, but deploymentMode production
        assertStatus(post(fixture("setup-create-coupa.xml", acme.testFromIdentity(), acme.testSecret(), Map.of())),
                401, "Unauthorized");
        // the same on the test URL: accepted, session in TEST
        Punchout.startPath(post("/cxml/punchout/test",
                fixture("setup-create-coupa.xml", acme.testFromIdentity(), acme.testSecret(), Map.of())));
        assertEquals("TEST", row("select environment, id from punchout_session where connection_id = ?1", acme.id())[0]);
    }

    @Test
    void precoroTestDeploymentModeUsesTheTestCredentialSet() {
        TestConnections.Registered precoro = TestConnections.register("acme", "C-1", true, null, "NetworkID", "prod-secret");
        Punchout.startPath(post(fixture("setup-create-precoro-test-mode.xml", precoro.testFromIdentity(),
                precoro.testSecret(), Map.of("DEPLOYMENT", "test"))));
        assertStatus(post(fixture("setup-create-precoro-test-mode.xml", precoro.fromIdentity(), precoro.secret(),
                Map.of("DEPLOYMENT", "test"))), 401, "Unauthorized");
        Punchout.startPath(post(fixture("setup-create-precoro-test-mode.xml", precoro.fromIdentity(), precoro.secret(),
                Map.of("DEPLOYMENT", "production"))));
        assertEquals(List.of("PRODUCTION", "TEST"), rows("select environment, id from punchout_session "
                + "where connection_id = ?1 order by environment", precoro.id()).stream().map(r -> r[0]).toList());
    }

    @Test
    void acceptsCoupa2008Quirks() {
        TestConnections.Registered acme = TestConnections.acme(true, null);
        // Contact before BrowserFormPost, Sender without UserAgent, lower-case domain, timestamp without zone
        Punchout.startPath(post(fixture("setup-create-coupa-2008-quirks.xml", acme)));
        Object[] session = row("select s.browser_form_post_url, a.email, a.first_name from punchout_session s "
                + "join customer_account a on a.id = s.account_id where s.connection_id = ?1", acme.id());
        assertEquals("https://acme.coupahost.com/punchout/checkout?id=7", session[0]);
        assertEquals("old.timer@acme.example", session[1]);
        assertEquals("Old Timer", session[2]);
    }

    @Test
    void acceptsNoneAsSharedSecretOnlyWhereItIsConfigured() {
        TestConnections.Registered noSecret = TestConnections.register("acme", "C-1", true, null, "DUNS", "none");
        Punchout.startPath(post(fixture("setup-create-secret-none.xml", noSecret)));
        TestConnections.Registered withSecret = TestConnections.acme(true, null);
        assertStatus(post(fixture("setup-create-secret-none.xml", withSecret)), 401, "Unauthorized");
    }

    @Test
    void rejectsReplayedPayloadId() {
        TestConnections.Registered acme = TestConnections.acme(true, null);
        String request = fixture("setup-create-coupa.xml", acme);
        Punchout.startPath(post(request));
        CxmlDocument replay = post(request);
        assertStatus(replay, 409, "Conflict");
        assertTrue(Punchout.status(replay).getContent().contains("already received"));
        assertEquals(1L, count("select count(*) from punchout_session where connection_id = ?1", acme.id()));
        assertEquals(1L, count("select count(*) from exchange where connection_id = ?1 and status_code = 409", acme.id()));
    }

    @Test
    void rejectsTimestampOutsideTheAllowedSkew() {
        TestConnections.Registered acme = TestConnections.acme(true, null);
        String old = OffsetDateTime.now(ZoneOffset.UTC).minusHours(2).toString();
        CxmlDocument answer = post(fixture("setup-create-coupa.xml", acme.fromIdentity(), acme.secret(),
                Map.of("TIMESTAMP", old)));
        assertStatus(answer, 400, "Bad Request");
        assertTrue(Punchout.status(answer).getContent().contains("outside the allowed clock skew"));
        // zoneless but a day old: no real UTC offset makes it current
        String dayOld = java.time.LocalDateTime.now(ZoneOffset.UTC).minusDays(1).withNano(0).toString();
        assertStatus(post(fixture("setup-create-coupa-2008-quirks.xml", acme.fromIdentity(), acme.secret(),
                Map.of("LOCAL_TIMESTAMP", dayOld))), 400, "Bad Request");
    }

    @Test
    void rejectsIncompleteRequestWithBadRequest() {
        TestConnections.Registered acme = TestConnections.acme(true, null);
        CxmlDocument answer = post(fixture("setup-missing-buyer-cookie.xml", acme));
        assertStatus(answer, 400, "Bad Request");
        assertTrue(Punchout.status(answer).getContent().contains("BuyerCookie"));
        assertTrue(Punchout.status(answer).getContent().contains("BrowserFormPost"));
        assertEquals(0L, count("select count(*) from punchout_session where connection_id = ?1", acme.id()));
    }

    @Test
    void rejectsOversizedBuyerCookieAndNonHttpFormPostUrl() {
        TestConnections.Registered acme = TestConnections.acme(true, null);
        String request = fixture("setup-create-coupa.xml", acme);
        String hugeCookie = request.replaceFirst("<BuyerCookie>[^<]*</BuyerCookie>",
                "<BuyerCookie>" + "c".repeat(2001) + "</BuyerCookie>")
                .replace("https://acme.coupahost.com/punchout/checkout?id=42", "javascript:alert(1)");
        CxmlDocument answer = post(hugeCookie);
        assertStatus(answer, 400, "Bad Request");
        assertTrue(Punchout.status(answer).getContent().contains("BuyerCookie is longer than 2000 characters"));
        assertTrue(Punchout.status(answer).getContent().contains("absolute http(s) URL"));
    }

    @Test
    void rejectsMalformedAndHostileXmlWithBadRequest() {
        assertStatus(post(Punchout.read("malformed-not-well-formed.xml")), 400, "Bad Request");
        CxmlDocument xxe = post(Punchout.read("hostile-xxe.xml"));
        assertStatus(xxe, 400, "Bad Request");
        assertFalse(Punchout.status(xxe).getContent().contains("root:"), "no file content leaks");
        assertStatus(post(""), 400, "Bad Request");
    }

    @Test
    void refusesAFloodOfRawXmlElementsWithBadRequestBeforeAuthenticating() {
        TestConnections.Registered acme = TestConnections.acme(true, null);
        // 10,000 empty elements under one Extrinsic (50 kB): JAXB would build a DOM transformer for each
        String flood = fixture("setup-create-coupa.xml", acme).replaceFirst("<Extrinsic name=\"FirstName\">",
                "<Extrinsic name=\"Flood\">" + "<e/>".repeat(10_000) + "</Extrinsic><Extrinsic name=\"FirstName\">");
        CxmlDocument answer = post(flood);
        assertStatus(answer, 400, "Bad Request");
        assertTrue(Punchout.status(answer).getContent().contains("elements kept as raw XML"));
        assertEquals(0L, count("select count(*) from punchout_session where connection_id = ?1", acme.id()));
    }

    @Test
    void answersSourceOperationAsNotImplementedAndOtherRequestsAsNotAcceptable() {
        TestConnections.Registered acme = TestConnections.acme(true, null);
        assertStatus(post(fixture("setup-source-operation.xml", acme)), 450, "Not Implemented");
        CxmlDocument orderRequest = post(fixture("order-request-to-punchout-url.xml", acme));
        assertStatus(orderRequest, 406, "Not Acceptable");
        assertEquals("This URL accepts PunchOutSetupRequest only, got OrderRequest", Punchout.status(orderRequest).getContent());
    }

    @Test
    void aRetryOfASetupAnsweredWith5xxIsLetThroughButNotAReplayOfASuccess() {
        TestConnections.Registered acme = TestConnections.acme(true, null);
        String request = fixture("setup-edit-with-items.xml", acme);
        // the edit cart cannot be re-priced: catalog-service down and nothing cached
        FakeCatalog.failWithStatus = 503;
        CxmlDocument failed = post(request);
        assertStatus(failed, 500, "Internal Server Error");
        assertTrue(Punchout.status(failed).getContent().contains("please retry"));
        FakeCatalog.heal();
        breakers.resetAll();
        // the buyer retries the same document, as the Status asked
        Punchout.startPath(post(request));
        assertEquals(1L, count("select count(*) from punchout_session where connection_id = ?1", acme.id()));
        List<Object[]> audit = rows("select direction, document_type, status_code from exchange where connection_id = ?1 "
                + "order by id", acme.id());
        assertEquals(List.of("INBOUND PunchOutSetupRequest null", "OUTBOUND Status 500",
                        "OUTBOUND PunchOutSetupResponse 200"),
                audit.stream().map(r -> r[0] + " " + r[1] + " " + r[2]).toList());
        // once answered with a session, the same payloadID is a replay again
        assertStatus(post(request), 409, "Conflict");
    }

    @Test
    void concurrentRetriesOfA5xxAnsweredPayloadIdOpenOneSession() throws Exception {
        TestConnections.Registered acme = TestConnections.acme(true, null);
        String request = fixture("setup-edit-with-items.xml", acme);
        FakeCatalog.failWithStatus = 503;
        assertStatus(post(request), 500, "Internal Server Error");
        FakeCatalog.heal();
        breakers.resetAll();
        List<Integer> codes = Concurrently.run(4, i -> Punchout.status(post(request)).getCode());
        assertEquals(1, codes.stream().filter(c -> c == 200).count(), codes::toString);
        assertEquals(3, codes.stream().filter(c -> c == 409).count(), codes::toString);
        assertEquals(1L, count("select count(*) from punchout_session where connection_id = ?1", acme.id()));
    }

    @Test
    void concurrentFirstPunchoutsOfANewUserAllOpenSessionsForOneAccount() throws Exception {
        TestConnections.Registered acme = TestConnections.acme(true, null);
        Punchout.startPath(post(fixture("setup-create-coupa.xml", acme))); // the connection's secret is verified once
        for (int round = 0; round < 4; round++) {
            String user = "newcomer" + round;
            List<String> requests = java.util.stream.IntStream.range(0, 6)
                    .mapToObj(i -> fixture("setup-create-coupa.xml", acme).replace(">jrequester<", ">" + user + "<")
                            .replace("Jane.Requester@acme.example", user + "@acme.example")).toList();
            List<Integer> codes = Concurrently.run(requests.size(), i -> Punchout.status(post(requests.get(i))).getCode());
            assertEquals(List.of(200, 200, 200, 200, 200, 200), codes, "round " + round);
            assertEquals(1L, count("select count(*) from customer_account where connection_id = ?1 and unique_name = '"
                    + user + "'", acme.id()));
        }
        assertEquals(25L, count("select count(*) from punchout_session where connection_id = ?1", acme.id()));
    }

    @Test
    void twoBuyerUsersSharingAMailboxKeepTheirOwnAccounts() {
        TestConnections.Registered acme = TestConnections.acme(true, null);
        Punchout.startPath(post(fixture("setup-create-coupa.xml", acme)));
        String colleague = fixture("setup-create-coupa.xml", acme).replace(">jrequester<", ">kcolleague<")
                .replace("<Extrinsic name=\"FirstName\">Jane<", "<Extrinsic name=\"FirstName\">Kim<");
        Punchout.startPath(post(colleague));
        List<Object[]> accounts = rows("select unique_name, email, first_name from customer_account "
                + "where connection_id = ?1 order by id", acme.id());
        assertEquals(List.of("jrequester jane.requester@acme.example Jane", "kcolleague jane.requester@acme.example Kim"),
                accounts.stream().map(a -> a[0] + " " + a[1] + " " + a[2]).toList());
        // a request with the e-mail alone still finds an account (the oldest of the mailbox)
        String emailOnly = fixture("setup-create-coupa.xml", acme).replaceAll("<Extrinsic name=\"(UniqueName|User)\">jrequester</Extrinsic>", "");
        Punchout.startPath(post(emailOnly));
        assertEquals(2L, count("select count(*) from customer_account where connection_id = ?1", acme.id()));
    }

    @Test
    void anAccountRegisteredByEmailAloneTakesTheUniqueNameOfItsFirstPunchout() {
        TestConnections.Registered acme = TestConnections.acme(false, null);
        given().contentType(ContentType.JSON).body(Map.of("email", "jane.requester@acme.example"))
                .post("/api/connections/" + acme.id() + "/accounts").then().statusCode(201);
        Punchout.startPath(post(fixture("setup-create-coupa.xml", acme)));
        assertEquals("jrequester", row("select unique_name, id from customer_account where connection_id = ?1", acme.id())[0]);
        // another UniqueName with the same mailbox is another user: no account, and provisioning is off
        assertStatus(post(fixture("setup-create-coupa.xml", acme).replace(">jrequester<", ">kcolleague<")), 403, "Forbidden");
    }

    @Test
    void theAuditLogKeepsIso88591AndWindows1252RequestsReadable() {
        TestConnections.Registered acme = TestConnections.acme(true, null);
        Punchout.startPath(post(Punchout.fixtureBytes("setup-create-iso-8859-1.xml", StandardCharsets.ISO_8859_1, acme)));
        Punchout.startPath(post(Punchout.fixtureBytes("setup-create-windows-1252.xml", Charset.forName("windows-1252"), acme)));
        List<Object[]> requests = rows("select document, id from exchange where connection_id = ?1 "
                + "and document_type = 'PunchOutSetupRequest' order by id", acme.id());
        String latin1 = requests.get(0)[0].toString();
        assertTrue(latin1.contains("<Extrinsic name=\"LastName\">Müller</Extrinsic>"), latin1);
        assertTrue(latin1.contains("<Extrinsic name=\"BusinessUnit\">Qualität &amp; Prüfung</Extrinsic>"), latin1);
        assertTrue(latin1.contains("<Street>Straße des 17. Juni 1</Street>") && latin1.contains("<City>Köln</City>"), latin1);
        String cp1252 = requests.get(1)[0].toString();
        assertTrue(cp1252.contains("<Extrinsic name=\"BusinessUnit\">Qualität – Prüfung €</Extrinsic>"), cp1252);
        assertTrue(cp1252.contains("<Extrinsic name=\"FirstName\">Zoë</Extrinsic>"), cp1252);
        assertEquals("Zoë Müller, Qualität – Prüfung €", row("select first_name || ' ' || last_name || ', ' || business_unit, "
                + "id from customer_account where connection_id = ?1", acme.id())[0]);
    }

    Object[] row(String sql, Object parameter) {
        return rows(sql, parameter).get(0);
    }

    @SuppressWarnings("unchecked")
    List<Object[]> rows(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() ->
                (List<Object[]>) em.createNativeQuery(sql).setParameter(1, parameter).getResultList());
    }

    long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue());
    }
}
