package io.procurewire.sandbox.api;

import jakarta.ws.rs.core.AbstractMultivaluedMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CoupaQueryTest {

    private final CoupaQuery query = new CoupaQuery(Map.of(
            "id", new CoupaQuery.Attribute("po.id", CoupaQuery.Type.LONG),
            "status", new CoupaQuery.Attribute("po.status", CoupaQuery.Type.STRING,
                    s -> "canceled".equals(s) ? "cancelled" : s),
            "exported", new CoupaQuery.Attribute("po.exported", CoupaQuery.Type.BOOLEAN),
            "updated-at", new CoupaQuery.Attribute("po.updatedAt", CoupaQuery.Type.TIMESTAMP),
            "supplier[name]", new CoupaQuery.Attribute("po.supplier.name", CoupaQuery.Type.STRING)));

    private static MultivaluedMap<String, String> params(String... keysAndValues) {
        // insertion order, like a query string, so parameter names p0, p1, ... are predictable
        MultivaluedMap<String, String> map = new AbstractMultivaluedMap<>(new LinkedHashMap<>()) {
        };
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.add(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void buildsThePoExportQueryOfTheCoupaGuide() {
        CoupaQuery.Built built = query.build(params("exported", "false", "status[in]", "issued,canceled,closed",
                "updated-at[gt_or_eq]", "2024-01-01T00:00:00", "offset", "10", "filter", "my_filter"));
        assertThat(built.condition())
                .isEqualTo("po.exported = :p0 and po.status in :p1 and po.updatedAt >= :p2");
        assertThat(built.parameters()).containsEntry("p0", false)
                .containsEntry("p1", List.of("issued", "cancelled", "closed"))
                .containsEntry("p2", OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        assertThat(built.offset()).isEqualTo(10);
        assertThat(built.limit()).isEqualTo(50);
    }

    @Test
    void capsTheLimitAtFifty() {
        assertThat(query.build(params("limit", "500")).limit()).isEqualTo(50);
        assertThat(query.build(params("limit", "7")).limit()).isEqualTo(7);
    }

    @Test
    void textOperatorsEscapeLikeWildcards() {
        CoupaQuery.Built built = query.build(params("supplier[name][starts_with]", "50%_off"));
        assertThat(built.condition()).isEqualTo("po.supplier.name like :p0 escape '\\'");
        assertThat(built.parameters()).containsEntry("p0", "50\\%\\_off%");
    }

    @Test
    void acceptsUnderscoreSpellingAndOffsetsInTimes() {
        CoupaQuery.Built built = query.build(params("updated_at[lt]", "2024-05-01T10:00:00-05:00", "id[gt]", "12"));
        assertThat(built.parameters()).containsEntry("p0",
                OffsetDateTime.of(2024, 5, 1, 10, 0, 0, 0, ZoneOffset.ofHours(-5))).containsEntry("p1", 12L);
    }

    @Test
    void blankOperatorNeedsNoParameter() {
        assertThat(query.build(params("status[blank]", "true")).condition())
                .isEqualTo("(po.status is null or po.status = '')");
    }

    @Test
    void refusesUnknownAttributesAndBadValues() {
        assertThatThrownBy(() -> query.build(params("colour", "red")))
                .isInstanceOf(CoupaApiException.class).hasMessageStartingWith("Unknown query attribute 'colour'");
        assertThatThrownBy(() -> query.build(params("id[gt]", "abc")))
                .hasMessage("Invalid value 'abc' for a long attribute");
        assertThatThrownBy(() -> query.build(params("id[contains]", "1")))
                .hasMessage("Operator contains applies to text attributes only");
    }
}
