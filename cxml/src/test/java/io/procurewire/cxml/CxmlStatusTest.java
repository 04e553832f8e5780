package io.procurewire.cxml;

import static org.assertj.core.api.Assertions.assertThat;

import io.procurewire.cxml.model.CxmlDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CxmlStatusTest {

    @ParameterizedTest
    @CsvSource({
        "200, OK", "201, Accepted", "204, No Content", "400, Bad Request", "401, Unauthorized", "403, Forbidden",
        "406, Not Acceptable", "409, Conflict", "412, Precondition Failed", "417, Expectation Failed",
        "450, Not Implemented", "500, Internal Server Error", "280, OK", "475, Bad Request", "560, Internal Server Error"})
    void standardTexts(int code, String text) {
        assertThat(CxmlStatus.text(code)).isEqualTo(text);
    }

    @Test
    void successIsTwoHundreds() {
        assertThat(CxmlStatus.isSuccess(200)).isTrue();
        assertThat(CxmlStatus.isSuccess(201)).isTrue();
        assertThat(CxmlStatus.isSuccess(204)).isTrue();
        assertThat(CxmlStatus.isSuccess(199)).isFalse();
        assertThat(CxmlStatus.isSuccess(300)).isFalse();
        assertThat(CxmlStatus.isSuccess(400)).isFalse();
    }

    @Test
    void responseIsACompleteDocumentWithTextAttributeAndDetailContent() {
        CxmlDocument document = CxmlStatus.response(CxmlStatus.CONFLICT, "payloadID 123@x was already processed");

        assertThat(document.getPayloadId()).isNotBlank();
        assertThat(document.getTimestamp()).isNotNull();
        assertThat(document.getHeader()).isNull();
        var status = document.getResponse().getStatus();
        assertThat(status.getCode()).isEqualTo(409);
        assertThat(status.getText()).isEqualTo("Conflict");
        assertThat(status.getLang()).isEqualTo("en-US");
        assertThat(status.getContent()).isEqualTo("payloadID 123@x was already processed");
        assertThat(new CxmlWriter().write(document)).contains(
                "<Status code=\"409\" text=\"Conflict\" xml:lang=\"en-US\">payloadID 123@x was already processed</Status>");
    }

    @Test
    void okResponseWithoutDetailHasNoContent() {
        String written = new CxmlWriter().write(CxmlStatus.response(200, null));

        assertThat(written).contains("<Status code=\"200\" text=\"OK\" xml:lang=\"en-US\"/>");
    }

    @Test
    void rememberesWhichPayloadItAnswersWithoutWritingIt() {
        CxmlDocument document = CxmlStatus.response(400, "bad", "req-1@buyer");

        assertThat(document.getInReplyTo()).isEqualTo("req-1@buyer");
        assertThat(new CxmlWriter().write(document)).doesNotContain("req-1@buyer");
    }

    @Test
    void responsesHaveDistinctPayloadIds() {
        assertThat(CxmlStatus.response(200, null).getPayloadId()).isNotEqualTo(CxmlStatus.response(200, null).getPayloadId());
    }
}
