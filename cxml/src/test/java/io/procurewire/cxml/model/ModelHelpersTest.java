package io.procurewire.cxml.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.procurewire.cxml.CxmlReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelHelpersTest {

    @Test
    void setupValidationNamesEachProblem() {
        assertThat(new PunchOutSetupRequest().validate()).containsExactly(
                "missing required attribute PunchOutSetupRequest@operation",
                "missing required element PunchOutSetupRequest/BuyerCookie");
        assertThat(new PunchOutSetupRequest().withOperation("Create").withBuyerCookie("c").validate())
                .containsExactly("missing required element PunchOutSetupRequest/BrowserFormPost/URL");
        assertThat(new PunchOutSetupRequest().withOperation("destroy").withBuyerCookie("c")
                .withBrowserFormPost(new BrowserFormPost("https://b")).validate())
                .containsExactly("unknown PunchOutSetupRequest@operation 'destroy' (expected create, edit, inspect or source)");
        assertThat(new PunchOutSetupRequest().withOperation(" EDIT ").withBuyerCookie("c")
                .withBrowserFormPost(new BrowserFormPost("https://b")).validate()).isEmpty();
        assertThat(new PunchOutSetupRequest().withOperation("source").withBuyerCookie("c").validate()).isEmpty();
    }

    @Test
    void extrinsicLookupIsCaseInsensitiveAndSkipsBlankValues() {
        List<Extrinsic> extrinsics = List.of(new Extrinsic("UserEmail", " "), new Extrinsic("useremail", "a@b"),
                new Extrinsic("Other", "x"));

        assertThat(Extrinsic.find(extrinsics, "USEREMAIL")).contains("a@b");
        assertThat(Extrinsic.find(extrinsics, "missing")).isEmpty();
        assertThat(Extrinsic.find(null, "x")).isEmpty();
    }

    @Test
    void deploymentModeDefaultsToProduction() {
        assertThat(new Request().isTest()).isFalse();
        assertThat(new Request().withDeploymentMode("TEST").isTest()).isTrue();
        assertThat(new Message().withDeploymentMode("production").isTest()).isFalse();
    }

    @Test
    void orderTypeDefaultsToNew() {
        assertThat(new OrderRequestHeader().effectiveType()).isEqualTo("new");
        assertThat(new OrderRequestHeader().withType(" update ").effectiveType()).isEqualTo("update");
    }

    @Test
    void descriptionKeepsShortNameAndTextApart() {
        Description description = new Description("en", "Pen", "Blue ballpoint pen");

        assertThat(description.getShortName()).isEqualTo("Pen");
        assertThat(description.getText()).isEqualTo("Blue ballpoint pen");
        description.setText("Black ballpoint pen");
        assertThat(description.getShortName()).isEqualTo("Pen");
        description.setShortName(null);
        assertThat(description.getShortName()).isNull();
        assertThat(description.getText()).isEqualTo("Black ballpoint pen");
    }

    @Test
    void buyerCookieStringWithoutWellFormedMarkupStaysText() {
        PunchOutOrderMessage cart = new PunchOutOrderMessage().withBuyerCookie("a<b & c");

        assertThat(cart.getBuyerCookieContent().hasMarkup()).isFalse();
        assertThat(cart.getBuyerCookie()).isEqualTo("a<b & c");
        assertThat(new PunchOutOrderMessage().withBuyerCookie("<x>1</x>").getBuyerCookieContent().hasMarkup()).isTrue();
        assertThat(new PunchOutOrderMessage().getBuyerCookie()).isNull();
    }

    @Test
    void bodyKindAndStatusOfADocument() {
        assertThat(new CxmlDocument().bodyKind()).isEmpty();
        assertThat(new CxmlDocument().withRequest(new Request()).bodyKind()).contains("Request");
        assertThat(new CxmlDocument().withMessage(new Message().withStatus(new Status(204, "No Content"))).status())
                .hasValueSatisfying(s -> assertThat(s.isSuccess()).isTrue());
    }

    @Test
    void readerOptionsMustBePositive() {
        assertThatThrownBy(() -> new CxmlReader.Options(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(CxmlReader.Options.defaults().maxDocumentBytes()).isEqualTo(5_242_880L);
        assertThat(CxmlReader.Options.defaults().withMaxDocumentBytes(10).maxDocumentBytes()).isEqualTo(10);
    }

    @Test
    void contactEmailsAreALiveTextViewOfTheNamedEmailElements() {
        Contact contact = new Contact().addEmailElements(new Email("work", "a@x.example"));

        contact.getEmails().add("b@x.example");
        contact.getEmails().set(0, "a2@x.example");

        assertThat(contact.getEmailElements()).extracting(Email::getName, Email::getValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("work", "a2@x.example"),
                        org.assertj.core.groups.Tuple.tuple(null, "b@x.example"));
        assertThat(contact.email()).contains("a2@x.example");
        contact.getEmails().remove("a2@x.example");
        assertThat(contact.getEmails()).containsExactly("b@x.example");
    }

    @Test
    void addressEmailTextKeepsTheNameOfTheElement() {
        Address address = new Address().withEmailElement(new Email("receiving", "old@x.example"));

        address.setEmail("new@x.example");

        assertThat(address.getEmailElement().getName()).isEqualTo("receiving");
        assertThat(address.getEmail()).isEqualTo("new@x.example");
        address.setEmail(null);
        assertThat(address.getEmailElement()).isNull();
    }
}
