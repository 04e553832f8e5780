package io.procurewire.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The exception mappers every service shares, so that every REST error has the same problem-JSON shape. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private ProblemMappers() {
    }

    static Response respond(Problem problem) {
        return Response.status(problem.getStatus()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    @Provider
    public static class DomainProblems implements ExceptionMapper<ProblemException> {
        @Override
        public Response toResponse(ProblemException exception) {
            return respond(exception.toProblem());
        }
    }

    /** Bean Validation failures on request bodies and parameters: 400 with one entry per violated field. */
    @Provider
    public static class ValidationProblems implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException exception) {
            List<Map<String, String>> errors = exception.getConstraintViolations().stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(ValidationProblems::describe)
                    .toList();
            return respond(new Problem(Problem.ABOUT_BLANK, "Bad Request", 400,
                    "The request is not valid: " + errors.size() + " constraint violation(s)", null,
                    Map.of("errors", errors)));
        }

        private static Map<String, String> describe(ConstraintViolation<?> violation) {
            String path = violation.getPropertyPath().toString();
            // "create.arg0.name" -> "name": callers know their JSON fields, not our method names
            int dot = path.indexOf('.', path.indexOf('.') + 1);
            String field = dot > 0 ? path.substring(dot + 1) : path;
            return Map.of("field", field, "message", violation.getMessage());
        }
    }

    /** Bodies that are not JSON, or JSON of the wrong shape: 400 naming the field and what it must be. */
    @Provider
    public static class UnreadableBodyProblems implements ExceptionMapper<JsonProcessingException> {
        @Override
        public Response toResponse(JsonProcessingException exception) {
            return respond(JsonBindingProblem.of(exception));
        }
    }

    /**
     * A value of the wrong type, an unknown enum constant, a date in another format. Mapped on its own type because
     * Quarkus REST has a built-in mapper for it that answers 400 with an empty body.
     */
    @Provider
    public static class MismatchedBodyProblems implements ExceptionMapper<MismatchedInputException> {
        @Override
        public Response toResponse(MismatchedInputException exception) {
            return respond(JsonBindingProblem.of(exception));
        }
    }

    /**
     * JAX-RS's own errors (404 for unknown paths, 405, 406, 415, ...) keep their status. Quarkus REST wraps malformed
     * JSON and values a constructor refuses in a 400 WebApplicationException; those are described like any other
     * body that does not bind.
     */
    @Provider
    public static class HttpProblems implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException exception) {
            Response original = exception.getResponse();
            int status = original == null ? 500 : original.getStatus();
            if (status == 400 && exception.getCause() instanceof JsonProcessingException json) {
                return respond(JsonBindingProblem.of(json));
            }
            Response.StatusType type = Response.Status.fromStatusCode(status);
            String title = type == null ? "HTTP " + status : type.getReasonPhrase();
            String detail = status >= 500 ? "The server could not complete the request" : exception.getMessage();
            return respond(Problem.of(status, title, detail));
        }
    }

    /**
     * A write that lost a race against stored data (unique/foreign-key violation, optimistic lock): 409, since
     * repeating the request after reading the current state is the caller's remedy. Anything else unforeseen:
     * logged with its stack, answered without internals.
     */
    @Provider
    public static class UnexpectedProblems implements ExceptionMapper<RuntimeException> {
        @Override
        public Response toResponse(RuntimeException exception) {
            var conflict = StoredDataConflict.of(exception);
            if (conflict.isPresent()) {
                LOG.debugf(exception, "Answered 409 to a write that conflicts with stored data");
                return respond(conflict.get());
            }
            LOG.error("Unhandled error while serving a request", exception);
            return respond(Problem.of(500, "Internal Server Error",
                    "The server could not complete the request; the error has been logged"));
        }
    }
}
