package io.procurewire.sandbox.confirmation;

import io.procurewire.cxml.model.ConfirmationHeader;
import io.procurewire.cxml.model.ConfirmationItem;
import io.procurewire.cxml.model.ConfirmationRequest;
import io.procurewire.cxml.model.ConfirmationStatus;
import io.procurewire.cxml.model.OrderReference;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfirmationReadingTest {

    private static final OffsetDateTime NOTICE = OffsetDateTime.parse("2024-05-03T10:00:00-05:00");

    private static ConfirmationRequest request(String type, ConfirmationItem... items) {
        return new ConfirmationRequest()
                .withHeader(new ConfirmationHeader().withType(type).withNoticeDate(NOTICE).withConfirmId("OC-1"))
                .withOrderReference(new OrderReference().withOrderId(" 1001 "))
                .addItems(items);
    }

    private static ConfirmationItem item(int line, String quantity, ConfirmationStatus... statuses) {
        return new ConfirmationItem().withLineNumber(line).withQuantity(new BigDecimal(quantity))
                .withUnitOfMeasure("EA").addStatuses(statuses);
    }

    private static ConfirmationStatus status(String type, String quantity) {
        return new ConfirmationStatus().withType(type).withQuantity(new BigDecimal(quantity));
    }

    @Test
    void aSplitLineBecomesOneItemPerStatusWithTheLineQuantity() {
        NewConfirmation read = ConfirmationReading.read(request("detail",
                item(1, "2", status("accept", "2")),
                item(2, "3", status("accept", "1"), status("backordered", "2"))));

        assertThat(read.poNumber()).isEqualTo("1001");
        assertThat(read.type()).isEqualTo("detail");
        assertThat(read.operation()).isEqualTo("new");
        assertThat(read.confirmId()).isEqualTo("OC-1");
        assertThat(read.noticeDate()).isEqualTo(NOTICE);
        assertThat(read.items()).containsExactly(
                new NewConfirmation.Item(1, new BigDecimal("2"), "EA", "accept", new BigDecimal("2")),
                new NewConfirmation.Item(2, new BigDecimal("3"), "EA", "accept", new BigDecimal("1")),
                new NewConfirmation.Item(2, new BigDecimal("3"), "EA", "backordered", new BigDecimal("2")));
    }

    @Test
    void aWholeOrderAcceptOrRejectNeedsNoLines() {
        assertThat(ConfirmationReading.read(request("accept")).items()).isEmpty();
        assertThat(ConfirmationReading.read(request("reject")).items()).isEmpty();
    }

    @Test
    void aDetailConfirmationWithoutLinesIsRefused() {
        assertThatThrownBy(() -> ConfirmationReading.read(request("detail")))
                .hasMessage("a 'detail' confirmation must list its lines (ConfirmationItem)");
    }

    @Test
    void statusQuantitiesMustAddUpToTheLineQuantity() {
        assertThatThrownBy(() -> ConfirmationReading.read(request("detail",
                item(2, "3", status("accept", "1"), status("backordered", "1")))))
                .hasMessage("the ConfirmationStatus quantities of line 2 add up to 2, not the line's 3");
    }

    @Test
    void unknownTypesAreNamedWithTheAllowedOnes() {
        assertThatThrownBy(() -> ConfirmationReading.read(request("maybe")))
                .hasMessage("ConfirmationHeader@type must be one of [accept, allDetail, backordered, detail, except, "
                        + "reject, replace, requestToPay], not maybe");
        assertThatThrownBy(() -> ConfirmationReading.read(request("detail", item(1, "1", status("perhaps", "1")))))
                .hasMessageStartingWith("ConfirmationStatus@type of line 1 must be one of [accept, allDetail,");
    }

    @Test
    void theOrderReferenceAndTheNoticeDateAreRequired() {
        ConfirmationRequest noOrder = request("accept").withOrderReference(null);
        assertThatThrownBy(() -> ConfirmationReading.read(noOrder))
                .hasMessage("OrderReference@orderID must name the Coupa PO number");
        ConfirmationRequest noDate = request("accept");
        noDate.getHeader().setNoticeDate(null);
        assertThatThrownBy(() -> ConfirmationReading.read(noDate))
                .hasMessage("ConfirmationHeader@noticeDate is required");
    }

    @Test
    void anOperationOtherThanNewOrUpdateIsRefused() {
        ConfirmationRequest deleted = request("accept");
        deleted.getHeader().setOperation("delete");
        assertThatThrownBy(() -> ConfirmationReading.read(deleted))
                .hasMessage("ConfirmationHeader@operation must be new or update, not delete");
    }

    @Test
    void lineNumberQuantityAndStatusesAreRequiredPerLine() {
        assertThatThrownBy(() -> ConfirmationReading.read(request("detail",
                new ConfirmationItem().withQuantity(BigDecimal.ONE).addStatuses(status("accept", "1")))))
                .hasMessage("ConfirmationItem@lineNumber is required");
        assertThatThrownBy(() -> ConfirmationReading.read(request("detail", item(3, "1"))))
                .hasMessage("ConfirmationItem of line 3 has no ConfirmationStatus");
    }
}
