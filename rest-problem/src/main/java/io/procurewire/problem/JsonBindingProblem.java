package io.procurewire.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns a request body that does not bind (malformed JSON, a value of the wrong type, an unknown enum constant, a
 * date in another format, a value a constructor refuses) into a 400 problem naming the field and what was expected.
 * Messages are written here, never copied from Jackson, so no Java class name reaches the caller.
 */
final class JsonBindingProblem {

    private JsonBindingProblem() {
    }

    static Problem of(JsonProcessingException exception) {
        if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = field(mapping.getPath());
            String message = message(mapping);
            return new Problem(Problem.ABOUT_BLANK, "Bad Request", 400,
                    "The request body does not match this endpoint: " + field + " " + message, null,
                    Map.of("errors", List.of(Map.of("field", field, "pointer", pointer(mapping.getPath()),
                            "message", message))));
        }
        if (exception instanceof ValueInstantiationException refused && refused.getCause() != null
                && refused.getCause().getMessage() != null) {
            return Problem.of(400, "Bad Request", "The request body is not valid: " + refused.getCause().getMessage());
        }
        if (exception instanceof StreamReadException) { // malformed JSON: JsonParseException and its kin
            JsonLocation at = exception.getLocation();
            String where = at == null || at.getLineNr() < 0 ? ""
                    : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            return Problem.of(400, "Bad Request", "The request body is not well-formed JSON" + where);
        }
        if (exception instanceof MismatchedInputException mismatch) {
            // the document as a whole has the wrong shape, e.g. an array where an object is expected
            return Problem.of(400, "Bad Request", "The request body does not match this endpoint: expected "
                    + expected(mismatch.getTargetType()));
        }
        return Problem.of(400, "Bad Request", "The request body does not match this endpoint");
    }

    private static String message(JsonMappingException exception) {
        if (exception instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (exception instanceof InvalidFormatException invalid) {
            return "must be " + expected(invalid.getTargetType()) + ", was " + shown(invalid.getValue());
        }
        if (exception instanceof MismatchedInputException mismatch) {
            return "must be " + expected(mismatch.getTargetType());
        }
        if (exception instanceof ValueInstantiationException && exception.getCause() != null
                && exception.getCause().getMessage() != null) {
            return "is not valid: " + exception.getCause().getMessage();
        }
        return "is not valid";
    }

    /** "lines[0].quantity", as validation errors name fields. */
    static String field(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "(body)" : field.toString();
    }

    /** The same place as an RFC 6901 JSON pointer: "/lines/0/quantity". */
    static String pointer(List<JsonMappingException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            pointer.append('/');
            if (reference.getFieldName() != null) {
                pointer.append(reference.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else if (reference.getIndex() >= 0) {
                pointer.append(reference.getIndex());
            }
        }
        return pointer.toString();
    }

    static String expected(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == BigDecimal.class || type == double.class
                || type == float.class) {
            return "a number";
        }
        if (type == LocalDate.class) {
            return "a date as YYYY-MM-DD (ISO 8601), e.g. 2026-01-31";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return "a timestamp with offset (ISO 8601), e.g. 2026-01-31T12:00:00Z";
        }
        if (type == LocalDateTime.class) {
            return "a date and time (ISO 8601), e.g. 2026-01-31T12:00:00";
        }
        if (type == LocalTime.class) {
            return "a time (ISO 8601), e.g. 12:00:00";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    private static String shown(Object value) {
        if (value == null) {
            return "null";
        }
        String text = value.toString();
        text = text.length() > 100 ? text.substring(0, 100) + "..." : text;
        return value instanceof String ? "'" + text + "'" : text;
    }
}
