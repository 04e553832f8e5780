package io.procurewire.sandbox.api;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The plain Jackson mapper for the sandbox's free-form JSON (custom fields, {@code fields=} selections), where
 * Quarkus's configured REST mapper is out of reach (entities, static helpers). The class is initialised at run time
 * in a native image ({@code --initialize-at-run-time} in application.properties), so the mapper and its caches are
 * built in the running process, not frozen into the image heap.
 */
public final class PlainJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PlainJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
