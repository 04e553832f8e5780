package io.procurewire.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small helpers to read Coupa-shaped JSON request bodies (hyphenated keys, nested {"code":..} objects). */
public final class Json {

    private Json() {
    }

    public static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    public static String text(JsonNode node, String... path) {
        JsonNode at = at(node, path);
        return at == null || at.isNull() ? null : at.asText();
    }

    public static String requiredText(JsonNode node, String... path) {
        String value = text(node, path);
        if (value == null || value.isBlank()) {
            throw CoupaApiException.invalid(String.join(".", path) + " can't be blank");
        }
        return value;
    }

    public static BigDecimal decimal(JsonNode node, String... path) {
        String value = text(node, path);
        try {
            return value == null || value.isBlank() ? null : new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw CoupaApiException.invalid(String.join(".", path) + " is not a number: " + value);
        }
    }

    public static Integer integer(JsonNode node, String... path) {
        BigDecimal value = decimal(node, path);
        return value == null ? null : value.intValueExact();
    }

    public static Boolean bool(JsonNode node, String... path) {
        JsonNode at = at(node, path);
        return at == null || at.isNull() ? null : at.isBoolean() ? at.booleanValue() : Boolean.valueOf(at.asText());
    }

    public static boolean has(JsonNode node, String... path) {
        return at(node, path) != null;
    }

    private static JsonNode at(JsonNode node, String... path) {
        JsonNode at = node;
        for (String step : path) {
            if (at == null || !at.isObject()) {
                return null;
            }
            at = at.get(step);
        }
        return at;
    }
}
