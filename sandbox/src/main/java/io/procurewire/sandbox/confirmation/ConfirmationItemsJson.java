package io.procurewire.sandbox.confirmation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.procurewire.sandbox.api.PlainJson;

import java.util.List;
import java.util.Map;

/** The confirmed lines are kept as one JSON column: they are only ever shown, never queried. */
final class ConfirmationItemsJson {


    private ConfirmationItemsJson() {
    }

    static String write(List<NewConfirmation.Item> items) {
        try {
            return PlainJson.mapper().writeValueAsString(items.stream().map(NewConfirmation.Item::representation).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("confirmation items are plain values", e);
        }
    }

    static List<Map<String, Object>> read(String json) {
        try {
            return PlainJson.mapper().readValue(json, new TypeReference<List<Map<String, Object>>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored confirmation items are not JSON", e);
        }
    }
}
