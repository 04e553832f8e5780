package io.procurewire.sandbox.order;

import io.procurewire.cxml.CxmlReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrderPusherJudgeTest {

    private final CxmlReader reader = new CxmlReader();

    private static String status(int code, String text) {
        return "<cXML payloadID=\"1@s\" timestamp=\"2024-05-01T10:15:30Z\"><Response><Status code=\"" + code
                + "\" text=\"" + text + "\"/></Response></cXML>";
    }

    @Test
    void twoHundredWithOkStatusIsDelivered() {
        assertThat(OrderPusher.judge(reader, 200, status(200, "OK")))
                .isEqualTo(new OrderPusher.Verdict(OrderPusher.Outcome.DELIVERED, "200 OK"));
    }

    @Test
    void httpFiveHundredIsRetried() {
        assertThat(OrderPusher.judge(reader, 503, "").outcome()).isEqualTo(OrderPusher.Outcome.RETRY);
    }

    @Test
    void httpFourHundredIsNotRetried() {
        assertThat(OrderPusher.judge(reader, 400, "").outcome()).isEqualTo(OrderPusher.Outcome.REJECTED);
    }

    @Test
    void cxmlStatusInsideHttp200DecidesToo() {
        assertThat(OrderPusher.judge(reader, 200, status(500, "Internal Server Error")).outcome())
                .isEqualTo(OrderPusher.Outcome.RETRY);
        assertThat(OrderPusher.judge(reader, 200, status(406, "Not Acceptable")))
                .isEqualTo(new OrderPusher.Verdict(OrderPusher.Outcome.REJECTED, "406 Not Acceptable (4xx: not retried)"));
    }
}
