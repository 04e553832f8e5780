package io.procurewire.sandbox.api;

import java.util.List;

/** A Core API failure, answered as Coupa answers: {@code <errors><error>..</error></errors>} or its JSON twin. */
public class CoupaApiException extends RuntimeException {

    private final int status;
    private final List<String> errors;

    public CoupaApiException(int status, String... errors) {
        super(String.join("; ", errors));
        this.status = status;
        this.errors = List.of(errors);
    }

    public static CoupaApiException notFound(String resource, Object id) {
        return new CoupaApiException(404, "Couldn't find " + resource + " with id=" + id);
    }

    public static CoupaApiException invalid(String... errors) {
        return new CoupaApiException(400, errors);
    }

    public int status() {
        return status;
    }

    public List<String> errors() {
        return errors;
    }
}
