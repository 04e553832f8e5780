package io.procurewire.invoice.cxml;

import io.procurewire.cxml.CxmlReader;
import io.procurewire.cxml.model.Status;
import io.restassured.response.Response;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Posts cXML as a supplier's system would (no HTTP authentication) and reads the Status answered. */
final class CxmlClient {

    private static final CxmlReader READER = new CxmlReader();

    record Answer(int code, String text) {
    }

    private CxmlClient() {
    }

    static String fixture(String name) {
        try (InputStream in = CxmlClient.class.getResourceAsStream("/cxml/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Answer post(String path, String xml) {
        Response response = given().contentType("text/xml; charset=UTF-8").body(xml.getBytes(StandardCharsets.UTF_8))
                .post(path);
        assertEquals(200, response.statusCode(), "cXML answers travel with HTTP 200");
        assertEquals("text/xml;charset=UTF-8", response.contentType().replace(" ", ""));
        Status status = READER.read(response.asByteArray()).status().orElseThrow();
        return new Answer(status.getCode(), status.getContent() == null ? "" : status.getContent().trim());
    }

    static long storedId(Answer answer) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("stored as (\\d+)").matcher(answer.text());
        if (!m.find()) {
            throw new AssertionError("no id in: " + answer);
        }
        return Long.parseLong(m.group(1));
    }
}
