package io.procurewire.punchout.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The single-scan redaction gives exactly what the two regular expressions used before gave, secrets never survive. */
class SharedSecretRedactionTest {

    /** The redaction as it was: the reference the scan must equal, character for character. */
    private static final Pattern SHARED_SECRET = Pattern.compile(
            "(<(?:[A-Za-z_][\\w.-]*:)?SharedSecret\\b[^>]*>)(.*?)(</(?:[A-Za-z_][\\w.-]*:)?SharedSecret\\s*>)",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern EMPTY_SHARED_SECRET = Pattern.compile("<(?:[A-Za-z_][\\w.-]*:)?SharedSecret\\b[^>]*/>",
            Pattern.CASE_INSENSITIVE);

    private static String reference(String document) {
        String redacted = SHARED_SECRET.matcher(document).replaceAll("$1***$3");
        return EMPTY_SHARED_SECRET.matcher(redacted).replaceAll("<SharedSecret>***</SharedSecret>");
    }

    @Test
    void redactsTheSecretOfASetupRequestAndKeepsEverythingElse() {
        String document = """
                <Sender><Credential domain="NetworkID"><Identity>AN01</Identity>
                <SharedSecret>s3cr3t &amp; more</SharedSecret></Credential><UserAgent>Coupa</UserAgent></Sender>""";
        String redacted = ExchangeLog.redact(document);
        assertEquals(document.replace("s3cr3t &amp; more", "***"), redacted);
        assertFalse(redacted.contains("s3cr3t"));
    }

    @Test
    void aDocumentWithoutSecretsIsReturnedAsItIs() {
        String response = "<cXML><Response><Status code=\"200\" text=\"OK\"/><PunchOutSetupResponse><StartPage>"
                + "<URL>https://x/start/abc</URL></StartPage></PunchOutSetupResponse></Response></cXML>";
        assertSame(response, ExchangeLog.redact(response));
        assertEquals("", ExchangeLog.redact(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<SharedSecret>abc</SharedSecret>",
            "<sharedsecret>abc</SHAREDSECRET>",
            "<cxml:SharedSecret xmlns:cxml=\"urn:x\">abc</cxml:SharedSecret >",
            "<a.b-c_1:SharedSecret>abc</x:SharedSecret\n\t>",
            "<SharedSecret attr='1'>line1\nline2</SharedSecret>",
            "<SharedSecret>abc</SharedSecret><SharedSecret>def</SharedSecret>",
            "<SharedSecret>one<SharedSecret>two</SharedSecret>three</SharedSecret>",
            "<SharedSecret/>",
            "<SharedSecret />",
            "<p:SharedSecret a=\"b\"/>",
            "<SharedSecret/><SharedSecret>abc</SharedSecret>",
            "<SharedSecret>abc</SharedSecret><SharedSecret/>",
            "<SharedSecret>abc",
            "<SharedSecret>abc</SharedSecretX>",
            "<SharedSecretX>abc</SharedSecretX>",
            "<SharedSecret-x>abc</SharedSecret>",
            "<SharedSecret:x>abc</SharedSecret>",
            "<SharedSecret.x:SharedSecret>abc</SharedSecret.x:SharedSecret>",
            "<1:SharedSecret>abc</1:SharedSecret>",
            "<:SharedSecret>abc</:SharedSecret>",
            "<SharedSecretébc>x</SharedSecret>",
            "<SharedSecret\u00a0>x</SharedSecret\u00a0>",
            "<SharedSecret>a</ SharedSecret><SharedSecret>b</SharedSecret>",
            "<SharedSecret",
            "<SharedSecret>",
            "</SharedSecret>",
            "<<SharedSecret>>a</SharedSecret>>",
            "<SharedSecret>>a<//SharedSecret></SharedSecret>",
            "<![CDATA[<SharedSecret>in cdata</SharedSecret>]]>",
            "<!-- <SharedSecret>in a comment</SharedSecret> -->",
            "<Identity>x</Identity><SharedSecret>ſecret</SharedSecret>",
            "<ſharedSecret>x</ſharedSecret>",
            "<SHAREDſECRET>x</SHAREDSECRET>",
            "",
            "no markup at all"})
    void edgeCasesGiveWhatTheRegularExpressionsGave(String document) {
        assertEquals(reference(document), ExchangeLog.redact(document));
    }

    @Test
    void generatedDocumentsGiveWhatTheRegularExpressionsGave() {
        List<String> parts = List.of("<", ">", "/", "</", "/>", "SharedSecret", "sharedSECRET", "Shared", "Secret",
                "p:", "a.b-c:", "_:", "1:", ":", " ", "\t", "\n", "x", "é", "\u00a0", "-", ".", "=\"v\"", "'", "ſ",
                "secret-value", "X", "_", "0");
        SplittableRandom random = new SplittableRandom(11);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder document = new StringBuilder();
            int length = random.nextInt(1, 16);
            for (int k = 0; k < length; k++) {
                document.append(parts.get(random.nextInt(parts.size())));
            }
            String text = document.toString();
            assertEquals(reference(text), ExchangeLog.redact(text), () -> "for: " + text);
        }
    }
}
