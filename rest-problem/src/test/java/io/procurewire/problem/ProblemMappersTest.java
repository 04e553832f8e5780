package io.procurewire.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProblemMappersTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void writesStandardMembersFirstAndExtensionsAtTopLevel() throws Exception {
        Problem problem = new ProblemException(409, "Conflict", "payloadID 1@x was already received", null,
                Map.of("payloadId", "1@x")).toProblem();
        assertEquals("{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,"
                + "\"detail\":\"payloadID 1@x was already received\",\"payloadId\":\"1@x\"}", json.writeValueAsString(problem));
    }

    @Test
    void domainProblemsKeepTheirStatusAndMediaType() {
        Response response = new ProblemMappers.DomainProblems().toResponse(ProblemException.notFound("Contract", "C-9"));
        assertEquals(404, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        assertEquals("Contract C-9 does not exist", ((Problem) response.getEntity()).getDetail());
    }

    record NewProduct(@NotBlank String supplierPartId, @Positive int leadTimeDays) {
    }

    @Test
    void validationFailuresListEveryFieldByItsJsonName() {
        Validator validator = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
        var violations = validator.validate(new NewProduct(" ", 0));
        Response response = new ProblemMappers.ValidationProblems().toResponse(new ConstraintViolationException(violations));

        Problem problem = (Problem) response.getEntity();
        assertEquals(400, response.getStatus());
        assertEquals("The request is not valid: 2 constraint violation(s)", problem.getDetail());
        assertEquals(List.of(
                        Map.of("field", "leadTimeDays", "message", "must be greater than 0"),
                        Map.of("field", "supplierPartId", "message", "must not be blank")),
                problem.getExtensions().get("errors"));
    }

    @Test
    void httpErrorsKeepTheirStatusWithoutLeakingServerDetails() {
        Response notFound = new ProblemMappers.HttpProblems().toResponse(new NotFoundException("HTTP 404 Not Found"));
        assertEquals(404, notFound.getStatus());
        assertEquals("Not Found", ((Problem) notFound.getEntity()).getTitle());

        Response unexpected = new ProblemMappers.UnexpectedProblems().toResponse(new IllegalStateException("db password is x"));
        assertEquals(500, unexpected.getStatus());
        assertEquals("The server could not complete the request; the error has been logged",
                ((Problem) unexpected.getEntity()).getDetail());
    }
}
