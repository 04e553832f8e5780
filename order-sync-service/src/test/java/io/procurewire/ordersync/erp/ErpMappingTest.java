package io.procurewire.ordersync.erp;

import io.procurewire.ordersync.ledger.ErpAction;
import io.procurewire.ordersync.ledger.LineDiff;
import io.procurewire.ordersync.ledger.PoSnapshot;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ErpMappingTest {

    private static PoSnapshot.Line line(int n, String part, String qty, String price) {
        return new PoSnapshot.Line(n, part, "aux-" + n, "Item " + part, new BigDecimal(qty), new BigDecimal(price),
                "BX", "14111507", "2026-12-24", false);
    }

    @Test
    void aNewPoBecomesACreateInTheCoupaOrderHeaderShape() {
        PoSnapshot po = new PoSnapshot("1001", 1, "issued", "USD", "SUP-1", "HQ", "1 Main St", "Springfield",
                "12345", "US", "pat@buyer.example", List.of(line(1, "PAPER", "2", "45.00"), line(2, "TONER", "1", "80")));

        Map<String, Object> body = ErpMapping.toErp(po, 1, ErpAction.CREATE, null, LineDiff.between(null, po));

        assertThat(body).containsEntry("po-number", "1001").containsEntry("version", 1)
                .containsEntry("platform-version", 1).containsEntry("action", "create")
                .containsEntry("status", "issued").containsEntry("total", "170")
                .containsEntry("currency", Map.of("code", "USD")).containsEntry("supplier", Map.of("number", "SUP-1"))
                .doesNotContainKey("erp-document-number");
        assertThat((Map<String, Object>) body.get("ship-to-address")).containsEntry("city", "Springfield")
                .containsEntry("country", Map.of("code", "US"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> lines = (List<Map<String, Object>>) body.get("order-lines");
        assertThat(lines.get(0)).containsEntry("line-num", 1).containsEntry("quantity", "2").containsEntry("price", "45")
                .containsEntry("total", "90").containsEntry("uom", Map.of("code", "BX"))
                .containsEntry("source-part-num", "PAPER").containsEntry("supplier-aux-part-num", "aux-1")
                .containsEntry("commodity", Map.of("name", "14111507")).containsEntry("need-by-date", "2026-12-24");
        assertThat(body.get("line-changes")).isEqualTo(Map.of("added", List.of(1, 2), "changed", List.of(),
                "deleted", List.of()));
    }

    @Test
    void aChangeIsAnUpdateOfTheErpDocumentWithTheChangedFieldsPerLine() {
        PoSnapshot before = new PoSnapshot("1001", 1, "issued", "USD", null, null, null, null, null, null, null,
                List.of(line(1, "PAPER", "2", "45"), line(2, "TONER", "1", "80")));
        PoSnapshot after = new PoSnapshot("1001", 2, "issued", "USD", null, null, null, null, null, null, null,
                List.of(line(1, "PAPER", "3", "44"), line(3, "PEN", "10", "1")));

        Map<String, Object> body = ErpMapping.toErp(after, 2, ErpAction.UPDATE, "ERP-100001",
                LineDiff.between(before, after));

        assertThat(body).containsEntry("action", "update").containsEntry("erp-document-number", "ERP-100001")
                .containsEntry("version", 2);
        assertThat(body.get("line-changes")).isEqualTo(Map.of("added", List.of(3),
                "changed", List.of(Map.of("line-num", 1, "fields", List.of("quantity", "price"))),
                "deleted", List.of(2)));
    }
}
