package io.procurewire.sandbox.buyer;

import io.procurewire.cxml.CxmlReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SetupRequestsTest {

    private final CxmlReader reader = new CxmlReader();

    private static String response(String inner) {
        return "<?xml version=\"1.0\"?><cXML payloadID=\"1@s\" timestamp=\"2024-05-01T10:15:30Z\"><Response>" + inner
                + "</Response></cXML>";
    }

    @Test
    void readsTheStartPage() {
        assertThat(SetupRequests.startPage(reader, 200, response("<Status code=\"200\" text=\"OK\"/>"
                + "<PunchOutSetupResponse><StartPage><URL>https://shop.example/start/1</URL></StartPage>"
                + "</PunchOutSetupResponse>"))).isEqualTo("https://shop.example/start/1");
    }

    @Test
    void htmlInsteadOfCxmlIsNoStatusElement() {
        assertThatThrownBy(() -> SetupRequests.startPage(reader, 200, "<html><body>Login</body></html>"))
                .isInstanceOf(PunchoutFailed.class).hasMessageStartingWith("No status element in setup response");
    }

    @Test
    void errorStatusCarriesCodeTextAndDetail() {
        assertThatThrownBy(() -> SetupRequests.startPage(reader, 200,
                response("<Status code=\"401\" text=\"Unauthorized\">Bad shared secret</Status>")))
                .hasMessage("Punchout setup failed with status 401 Unauthorized: Bad shared secret");
    }

    @Test
    void successWithoutStartPageIsExplained() {
        assertThatThrownBy(() -> SetupRequests.startPage(reader, 200, response("<Status code=\"200\" text=\"OK\"/>")))
                .hasMessage("The supplier's setup response has no StartPage URL");
    }

    @Test
    void httpErrorsAreReportedAsSuch() {
        assertThatThrownBy(() -> SetupRequests.startPage(reader, 500, "oops"))
                .hasMessage("The supplier's punchout site answered HTTP 500");
    }
}
