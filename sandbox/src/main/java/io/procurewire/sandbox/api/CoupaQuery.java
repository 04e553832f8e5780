package io.procurewire.sandbox.api;

import jakarta.ws.rs.core.MultivaluedMap;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Coupa's query language for index calls, turned into a JPQL condition: {@code attr=v}, {@code attr[op]=v} with the
 * documented operators, associations like {@code supplier[number]=SUP-1}, paging by offset/limit (at most 50).
 * Plain class: unit-tested without a database.
 */
public final class CoupaQuery {

    public static final int MAX_LIMIT = 50;

    private static final Set<String> OPERATORS = Set.of("contains", "starts_with", "ends_with", "blank", "gt", "lt",
            "gt_or_eq", "lt_or_eq", "not_eq", "in", "not_in");
    private static final Set<String> PAGING_AND_FORMAT = Set.of("offset", "limit", "fields", "return_object",
            "show_deleted_lines", "filter", "order_by", "dir");

    public enum Type { LONG, INTEGER, STRING, BOOLEAN, TIMESTAMP }

    public record Attribute(String path, Type type, UnaryOperator<String> normalise) {
        public Attribute(String path, Type type) {
            this(path, type, UnaryOperator.identity());
        }
    }

    /** A JPQL condition (without "where"), its parameters and the page. */
    public record Built(String condition, Map<String, Object> parameters, int offset, int limit) {
    }

    private final Map<String, Attribute> attributes;

    public CoupaQuery(Map<String, Attribute> attributes) {
        this.attributes = Map.copyOf(attributes);
    }

    public Built build(MultivaluedMap<String, String> query) {
        return build(query, Set.of());
    }

    /** {@code alsoIgnored}: resource-specific parameters the caller handles itself. */
    public Built build(MultivaluedMap<String, String> query, Set<String> alsoIgnored) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> param : query.entrySet()) {
            String key = param.getKey();
            if (PAGING_AND_FORMAT.contains(key) || alsoIgnored.contains(key)) {
                continue;
            }
            String operator = "eq";
            String name = key;
            int bracket = key.lastIndexOf('[');
            if (bracket > 0 && key.endsWith("]") && OPERATORS.contains(key.substring(bracket + 1, key.length() - 1))) {
                operator = key.substring(bracket + 1, key.length() - 1);
                name = key.substring(0, bracket);
            }
            Attribute attribute = attributes.get(name.replace('_', '-'));
            if (attribute == null) {
                throw CoupaApiException.invalid("Unknown query attribute '" + name + "'; known: "
                        + String.join(", ", attributes.keySet().stream().sorted().toList()));
            }
            for (String raw : param.getValue()) {
                String parameter = "p" + parameters.size();
                conditions.add(condition(attribute, operator, raw, parameter, parameters));
            }
        }
        return new Built(conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions), parameters,
                intParam(query, "offset", 0, 0), Math.min(intParam(query, "limit", MAX_LIMIT, 1), MAX_LIMIT));
    }

    private static String condition(Attribute attribute, String operator, String raw, String parameter,
                                    Map<String, Object> parameters) {
        String path = attribute.path();
        switch (operator) {
            case "blank" -> {
                boolean blank = Boolean.parseBoolean(raw);
                return attribute.type() == Type.STRING
                        ? (blank ? "(" + path + " is null or " + path + " = '')" : "(" + path + " is not null and " + path + " <> '')")
                        : (blank ? path + " is null" : path + " is not null");
            }
            case "in", "not_in" -> {
                List<Object> values = Arrays.stream(raw.split(",")).map(String::trim).filter(v -> !v.isEmpty())
                        .map(v -> convert(attribute, v)).toList();
                parameters.put(parameter, values);
                return path + ("in".equals(operator) ? " in :" : " not in :") + parameter;
            }
            case "contains", "starts_with", "ends_with" -> {
                if (attribute.type() != Type.STRING) {
                    throw CoupaApiException.invalid("Operator " + operator + " applies to text attributes only");
                }
                String like = raw.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
                parameters.put(parameter, switch (operator) {
                    case "contains" -> "%" + like + "%";
                    case "starts_with" -> like + "%";
                    default -> "%" + like;
                });
                return path + " like :" + parameter + " escape '\\'";
            }
            default -> {
                parameters.put(parameter, convert(attribute, raw));
                String sign = switch (operator) {
                    case "gt" -> " > :";
                    case "lt" -> " < :";
                    case "gt_or_eq" -> " >= :";
                    case "lt_or_eq" -> " <= :";
                    case "not_eq" -> " <> :";
                    default -> " = :";
                };
                return path + sign + parameter;
            }
        }
    }

    static Object convert(Attribute attribute, String raw) {
        String value = attribute.normalise().apply(raw.trim());
        try {
            return switch (attribute.type()) {
                case LONG -> Long.parseLong(value);
                case INTEGER -> Integer.parseInt(value);
                case BOOLEAN -> parseBoolean(value);
                case TIMESTAMP -> parseTimestamp(value);
                case STRING -> value;
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw CoupaApiException.invalid("Invalid value '" + raw + "' for a " + attribute.type().name().toLowerCase()
                    + " attribute");
        }
    }

    private static Boolean parseBoolean(String value) {
        return switch (value.toLowerCase()) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new NumberFormatException(value);
        };
    }

    /** Coupa callers send "2024-01-01T00:00:00" (no zone = UTC here), full ISO offsets, or a date. */
    public static OffsetDateTime parseTimestamp(String value) {
        String v = value.replace(' ', 'T');
        if (v.length() == 10) {
            return LocalDate.parse(v).atStartOfDay().atOffset(ZoneOffset.UTC);
        }
        try {
            return OffsetDateTime.parse(v);
        } catch (DateTimeParseException noOffset) {
            return LocalDateTime.parse(v).atOffset(ZoneOffset.UTC);
        }
    }

    private static int intParam(MultivaluedMap<String, String> query, String name, int fallback, int minimum) {
        String value = query.getFirst(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Math.max(minimum, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            throw CoupaApiException.invalid(name + " must be a whole number: " + value);
        }
    }

    public static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }
}
