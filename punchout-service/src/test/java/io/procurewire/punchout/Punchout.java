package io.procurewire.punchout;

import io.procurewire.cxml.CxmlReader;
import io.procurewire.cxml.model.CxmlDocument;
import io.procurewire.cxml.model.Status;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Plays the buyer's procurement system: fills cXML fixtures, posts them, follows StartPage URLs. */
public final class Punchout {

    private static final CxmlReader READER = new CxmlReader();

    private Punchout() {
    }

    public static String newPayloadId() {
        return System.currentTimeMillis() + "." + UUID.randomUUID() + "@buyer.example";
    }

    /** The fixture with {{FROM}}, {{SECRET}}, fresh {{PAYLOAD}} and current timestamps, plus any overrides. */
    public static String fixture(String name, String from, String secret, Map<String, String> overrides) {
        Map<String, String> vars = new HashMap<>();
        vars.put("PAYLOAD", newPayloadId());
        vars.put("TIMESTAMP", OffsetDateTime.now(ZoneOffset.ofHours(-6)).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        // what a zoneless sender in Chicago would write
        vars.put("LOCAL_TIMESTAMP", LocalDateTime.now(ZoneOffset.ofHours(-6)).withNano(0).toString());
        vars.put("OPERATION", "edit");
        vars.put("DEPLOYMENT", "production");
        vars.put("FROM", from);
        vars.put("SECRET", secret);
        vars.putAll(overrides);
        String text = read(name);
        for (Map.Entry<String, String> var : vars.entrySet()) {
            text = text.replace("{{" + var.getKey() + "}}", var.getValue());
        }
        return text;
    }

    public static String fixture(String name, TestConnections.Registered connection) {
        return fixture(name, connection.fromIdentity(), connection.secret(), Map.of());
    }

    /** A fixture stored in another encoding than UTF-8, filled like {@link #fixture} and encoded as stored. */
    public static byte[] fixtureBytes(String name, java.nio.charset.Charset encoding, TestConnections.Registered connection) {
        String text;
        try (InputStream in = Punchout.class.getResourceAsStream("/cxml/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            text = new String(in.readAllBytes(), encoding);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> vars = Map.of("PAYLOAD", newPayloadId(),
                "TIMESTAMP", OffsetDateTime.now(ZoneOffset.ofHours(1)).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                "FROM", connection.fromIdentity(), "SECRET", connection.secret());
        for (Map.Entry<String, String> var : vars.entrySet()) {
            text = text.replace("{{" + var.getKey() + "}}", var.getValue());
        }
        return text.getBytes(encoding);
    }

    /** POSTs a document as bytes (its XML declaration names its encoding). */
    public static CxmlDocument post(byte[] xml) {
        String body = given().contentType("text/xml").body(xml).post("/cxml/punchout")
                .then().statusCode(200).contentType(startsWith("text/xml")).extract().asString();
        return READER.read(body);
    }

    public static String read(String name) {
        try (InputStream in = Punchout.class.getResourceAsStream("/cxml/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** POSTs to the punchout URL; cXML practice: always HTTP 200, text/xml. */
    public static CxmlDocument post(String path, String xml) {
        String body = given().contentType("text/xml; charset=UTF-8").body(xml.getBytes(StandardCharsets.UTF_8))
                .post(path)
                .then().statusCode(200).contentType(startsWith("text/xml"))
                .extract().asString();
        return READER.read(body);
    }

    public static CxmlDocument post(String xml) {
        return post("/cxml/punchout", xml);
    }

    public static Status status(CxmlDocument answer) {
        return answer.getResponse().getStatus();
    }

    public static void assertStatus(CxmlDocument answer, int code, String text) {
        assertEquals(code, status(answer).getCode(), () -> "Status " + status(answer).getCode() + " "
                + status(answer).getText() + ": " + status(answer).getContent());
        assertEquals(text, status(answer).getText());
    }

    /** Path of the StartPage URL of a successful answer. */
    public static String startPath(CxmlDocument answer) {
        assertStatus(answer, 200, "OK");
        String url = answer.getResponse().getPunchOutSetupResponse().startPageUrl().orElseThrow();
        if (!url.startsWith("https://punchout.example.test/punchout/start/")) {
            throw new AssertionError("unexpected StartPage " + url);
        }
        return URI.create(url).getPath();
    }

    /** Redeems the StartPage; answers the shop's base path "/shop/<key>". */
    public static String enterShop(String startPath) {
        String location = given().redirects().follow(false).get(startPath)
                .then().statusCode(303).extract().header("Location");
        String path = URI.create(location).getPath();
        if (!path.startsWith("/shop/") || !path.endsWith("/")) {
            throw new AssertionError("unexpected redirect " + location);
        }
        return path.substring(0, path.length() - 1);
    }
}
