package io.procurewire.sandbox.api;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CoupaRepresentationTest {

    private final Map<String, Object> po = Json.map("id", 7, "po-number", "1001", "exported", false,
            "order-lines", List.of(Json.map("id", 70, "line-num", 1, "description", "Pen & paper")));

    @Test
    void fieldsSelectsNestedAttributes() {
        assertThat(CoupaRepresentation.trim(po, "[\"po-number\",{\"order-lines\":[\"line-num\"]}]", null))
                .isEqualTo(Map.of("po-number", "1001", "order-lines", List.of(Map.of("line-num", 1))));
    }

    @Test
    void limitedKeepsTheIdOnlyAndNoneDropsTheBody() {
        assertThat(CoupaRepresentation.trim(po, null, "limited")).isEqualTo(Map.of("id", 7));
        assertThat(CoupaRepresentation.trim(po, null, "none")).isNull();
    }

    @Test
    void badFieldsAreACoupaError() {
        assertThatThrownBy(() -> CoupaRepresentation.trim(po, "id", null)).isInstanceOf(CoupaApiException.class);
    }

    @Test
    void xmlUsesHyphenatedElementsTypedArraysAndEscapes() {
        assertThat(XmlText.document("order-header", po)).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <order-header>
                  <id type="integer">7</id>
                  <po-number>1001</po-number>
                  <exported type="boolean">false</exported>
                  <order-lines type="array">
                    <order-line>
                      <id type="integer">70</id>
                      <line-num type="integer">1</line-num>
                      <description>Pen &amp; paper</description>
                    </order-line>
                  </order-lines>
                </order-header>
                """);
    }
}
