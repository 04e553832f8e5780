package io.procurewire.problem;

import java.net.URI;
import java.util.Map;

/**
 * A domain failure that a REST caller should see as problem JSON. Domain code throws it (or a subclass naming the
 * case, such as {@code NotFound}); the mapper turns it into the response.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final URI type;
    private final Map<String, Object> extensions;

    public ProblemException(int status, String title, String detail) {
        this(status, title, detail, null, Map.of());
    }

    public ProblemException(int status, String title, String detail, URI type, Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.title = title;
        this.type = type;
        this.extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "Not Found", what + " " + id + " does not exist");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "Bad Request", detail);
    }

    public static ProblemException unprocessable(String detail, Map<String, Object> extensions) {
        return new ProblemException(422, "Unprocessable Content", detail, null, extensions);
    }

    public Problem toProblem() {
        return new Problem(type, title, status, getMessage(), null, extensions);
    }

    public int status() {
        return status;
    }
}
