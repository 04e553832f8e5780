package io.procurewire.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders Core API records the way Coupa does: JSON by default, XML when asked (root element per resource, e.g.
 * {@code order-header} / {@code order-headers}), trimmed by {@code fields=} or {@code return_object=limited}.
 */
public final class CoupaRepresentation {


    private final String singularRoot;
    private final String pluralRoot;

    public CoupaRepresentation(String singularRoot, String pluralRoot) {
        this.singularRoot = singularRoot;
        this.pluralRoot = pluralRoot;
    }

    public static boolean wantsXml(HttpHeaders headers) {
        if (headers == null) {
            return false;
        }
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType()) {
                return false;
            }
            if (type.getSubtype().equals("xml") || type.getSubtype().endsWith("+xml")) {
                return true;
            }
            if (type.getSubtype().equals("json")) {
                return false;
            }
        }
        return false;
    }

    public Response one(int status, Map<String, Object> record, HttpHeaders headers, String fields, String returnObject) {
        Object trimmed = trim(record, fields, returnObject);
        if (trimmed == null) {
            return Response.status(status).build();
        }
        return respond(status, singularRoot, trimmed, headers);
    }

    public Response one(Map<String, Object> record, HttpHeaders headers, String fields, String returnObject) {
        return one(200, record, headers, fields, returnObject);
    }

    public Response many(List<Map<String, Object>> records, HttpHeaders headers, String fields, String returnObject) {
        List<Object> trimmed = new ArrayList<>();
        for (Map<String, Object> record : records) {
            trimmed.add(trim(record, fields, returnObject));
        }
        return respond(200, pluralRoot, trimmed, headers);
    }

    private static Response respond(int status, String root, Object body, HttpHeaders headers) {
        if (wantsXml(headers)) {
            return XmlText.response(status, XmlText.document(root, body));
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    /** return_object=limited: the id only; none: no body; fields=[...]: just those attributes (nested allowed). */
    static Object trim(Map<String, Object> record, String fields, String returnObject) {
        if ("none".equals(returnObject)) {
            return null;
        }
        if ("limited".equals(returnObject)) {
            Map<String, Object> limited = new LinkedHashMap<>();
            limited.put("id", record.get("id"));
            return limited;
        }
        if (fields == null || fields.isBlank()) {
            return record;
        }
        try {
            return select(record, PlainJson.mapper().readTree(fields));
        } catch (Exception e) {
            throw CoupaApiException.invalid("fields must be a JSON array such as [\"id\",{\"order-lines\":[\"id\"]}]: "
                    + fields);
        }
    }

    private static Object select(Object value, JsonNode selection) {
        if (!selection.isArray()) {
            throw new IllegalArgumentException("not an array");
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(item -> out.add(select(item, selection)));
            return out;
        }
        if (!(value instanceof Map<?, ?> map)) {
            return value;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (JsonNode entry : selection) {
            if (entry.isTextual()) {
                if (map.containsKey(entry.asText())) {
                    out.put(entry.asText(), map.get(entry.asText()));
                }
            } else if (entry.isObject()) {
                entry.fields().forEachRemaining(nested -> {
                    if (map.containsKey(nested.getKey())) {
                        out.put(nested.getKey(), select(map.get(nested.getKey()), nested.getValue()));
                    }
                });
            } else {
                throw new IllegalArgumentException("bad entry");
            }
        }
        return out;
    }
}
