package io.procurewire.cxml;

import static org.assertj.core.api.Assertions.assertThat;

import io.procurewire.cxml.model.Classification;
import io.procurewire.cxml.model.Credential;
import io.procurewire.cxml.model.CxmlDocument;
import io.procurewire.cxml.model.Description;
import io.procurewire.cxml.model.Header;
import io.procurewire.cxml.model.ItemDetail;
import io.procurewire.cxml.model.ItemID;
import io.procurewire.cxml.model.ItemIn;
import io.procurewire.cxml.model.Message;
import io.procurewire.cxml.model.Money;
import io.procurewire.cxml.model.Party;
import io.procurewire.cxml.model.PunchOutOrderMessage;
import io.procurewire.cxml.model.PunchOutOrderMessageHeader;
import io.procurewire.cxml.model.PunchOutSetupRequest;
import io.procurewire.cxml.model.PunchOutSetupResponse;
import io.procurewire.cxml.model.Sender;
import io.procurewire.cxml.model.Total;
import io.procurewire.cxml.model.UnitPrice;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The examples of cxml/README.md, kept compiling and working. */
class ReadmeExamplesTest {

    final CxmlReader reader = new CxmlReader();
    final CxmlWriter writer = new CxmlWriter();

    /** A punchout server's setup endpoint in a few lines. */
    String handleSetup(byte[] requestBody, String expectedDomain, String expectedIdentity, String expectedSecret) {
        try {
            CxmlDocument doc = reader.read(requestBody);
            Credential sender = doc.getHeader().getSender().getCredentials().get(0);
            if (!Credentials.sameIdentity(sender, expectedDomain, expectedIdentity)
                    || !Credentials.secretMatches(sender.getSharedSecret(), expectedSecret)) {
                return writer.write(CxmlStatus.response(CxmlStatus.UNAUTHORIZED, "unknown sender or wrong shared secret",
                        doc.getPayloadId()));
            }
            PunchOutSetupRequest setup = doc.getRequest().getPunchOutSetupRequest();
            List<String> problems = setup.validate();
            if (!problems.isEmpty()) {
                return writer.write(CxmlStatus.response(CxmlStatus.BAD_REQUEST, String.join("; ", problems)));
            }
            CxmlDocument ok = CxmlStatus.response(CxmlStatus.OK, null);
            ok.getResponse().setPunchOutSetupResponse(new PunchOutSetupResponse("https://shop.example/punchout/start/abc"));
            return writer.write(ok);
        } catch (CxmlReadException e) {
            return writer.write(e.toResponse());
        }
    }

    @Test
    void setupAnswersStartPage() {
        String answer = handleSetup(Fixtures.bytes("posr-coupa-create.xml"), "DUNS", "123456789", "s3cr3t-Pa55");

        CxmlDocument response = reader.read(answer);
        assertThat(response.status().orElseThrow().getCode()).isEqualTo(200);
        assertThat(response.getResponse().getPunchOutSetupResponse().startPageUrl())
                .contains("https://shop.example/punchout/start/abc");
    }

    @Test
    void setupAnswers401ForWrongSecret() {
        String answer = handleSetup(Fixtures.bytes("posr-coupa-create.xml"), "DUNS", "123456789", "wrong");

        assertThat(answer).contains("<Status code=\"401\" text=\"Unauthorized\" xml:lang=\"en-US\">"
                + "unknown sender or wrong shared secret</Status>");
    }

    @Test
    void setupAnswers400ForHostileDocument() {
        String answer = handleSetup(Fixtures.bytes("negative/billion-laughs.xml"), "DUNS", "1", "x");

        assertThat(answer).contains("<Status code=\"400\" text=\"Bad Request\" xml:lang=\"en-US\">"
                + "DOCTYPE declares entities; entity declarations are not allowed</Status>");
    }

    @Test
    void setupAnswers400ForMissingBrowserFormPost() {
        String noPost = Fixtures.text("posr-coupa-create.xml").replaceAll("(?s)<BrowserFormPost>.*</BrowserFormPost>", "");

        String answer = handleSetup(noPost.getBytes(java.nio.charset.StandardCharsets.UTF_8), "DUNS", "123456789", "s3cr3t-Pa55");

        assertThat(answer).contains(">missing required element PunchOutSetupRequest/BrowserFormPost/URL</Status>");
    }

    @Test
    void buildsCartAndCarriesItThroughTheBrowserForm() {
        PunchOutSetupRequest setup = reader.read(Fixtures.bytes("posr-coupa-create.xml")).getRequest().getPunchOutSetupRequest();
        ItemIn line = new ItemIn()
                .withQuantity(new BigDecimal("2")).withLineNumber(1)
                .withItemId(new ItemID("PAPER-A4-500", "cart-7:line-1"))
                .withItemDetail(new ItemDetail()
                        .withUnitPrice(new UnitPrice(new Money("USD", "45.00")))
                        .addDescriptions(new Description("en-US", "Copy paper A4"))
                        .withUnitOfMeasure("BX")
                        .addClassifications(new Classification("UNSPSC", "14111507")));
        PunchOutOrderMessage cart = new PunchOutOrderMessage()
                .withBuyerCookie(setup.getBuyerCookie())
                .withHeader(new PunchOutOrderMessageHeader().withOperationAllowed("edit")
                        .withTotal(new Total(new Money("USD", "90.00"))))
                .addItems(line);
        Header header = new Header()
                .withFrom(new Party(new Credential("DUNS", "987654321")))
                .withTo(new Party(new Credential("DUNS", "123456789")))
                .withSender(new Sender("Procurewire", new Credential("DUNS", "987654321")));
        String xml = writer.write(CxmlDocument.message(header, new Message().withPunchOutOrderMessage(cart)));

        CartForm.FormField field = CartForm.encode(xml, CartForm.Encoding.BASE64);
        Optional<String> posted = CartForm.decode(Map.of("CXML-BASE64", List.of(field.value())));
        CxmlDocument received = posted.map(reader::read).orElseThrow();

        var receivedCart = received.getMessage().getPunchOutOrderMessage();
        assertThat(receivedCart.getBuyerCookie()).isEqualTo("c0ffee-4711-session");
        assertThat(receivedCart.getItems()).singleElement().satisfies(item -> {
            assertThat(item.getItemId().getSupplierPartId()).isEqualTo("PAPER-A4-500");
            assertThat(item.getItemDetail().classification("UNSPSC")).contains("14111507");
        });
    }
}
