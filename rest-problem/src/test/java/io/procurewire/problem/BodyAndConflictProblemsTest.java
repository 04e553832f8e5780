package io.procurewire.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Bodies that do not bind and writes that lose a race: each answers problem JSON a caller can act on. */
class BodyAndConflictProblemsTest {

    enum Assortment { ALL, CONTRACT_LINES }

    record Line(String supplierPartId, BigDecimal quantity) {
    }

    record Order(String buyerCode, Assortment assortment, LocalDate effectiveFrom, List<Line> lines) {
    }

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    private Problem bind(String body) {
        JsonProcessingException failure = assertThrows(JsonProcessingException.class, () -> json.readValue(body, Order.class));
        Response response = failure instanceof MismatchedInputException mismatch
                ? new ProblemMappers.MismatchedBodyProblems().toResponse(mismatch)
                : new ProblemMappers.UnreadableBodyProblems().toResponse(failure);
        assertEquals(400, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        return (Problem) response.getEntity();
    }

    @Test
    void aWrongTypeNamesTheFieldByPathAndPointer() {
        Problem problem = bind("{\"lines\":[{\"supplierPartId\":\"A\",\"quantity\":\"two\"}]}");
        assertEquals("The request body does not match this endpoint: lines[0].quantity must be a number, was 'two'",
                problem.getDetail());
        assertEquals(List.of(Map.of("field", "lines[0].quantity", "pointer", "/lines/0/quantity",
                "message", "must be a number, was 'two'")), problem.getExtensions().get("errors"));
    }

    @Test
    void anUnknownEnumValueListsTheAllowedOnes() {
        Problem problem = bind("{\"assortment\":\"SOME\"}");
        assertEquals(List.of(Map.of("field", "assortment", "pointer", "/assortment",
                "message", "must be one of ALL, CONTRACT_LINES, was 'SOME'")), problem.getExtensions().get("errors"));
    }

    @Test
    void anotherDateFormatSaysWhichFormatIsExpected() {
        Problem problem = bind("{\"effectiveFrom\":\"31.01.2026\"}");
        assertEquals(List.of(Map.of("field", "effectiveFrom", "pointer", "/effectiveFrom",
                        "message", "must be a date as YYYY-MM-DD (ISO 8601), e.g. 2026-01-31, was '31.01.2026'")),
                problem.getExtensions().get("errors"));
    }

    @Test
    void anObjectWhereAStringBelongsNamesTheField() {
        Problem problem = bind("{\"buyerCode\":{\"code\":\"acme\"}}");
        assertEquals(List.of(Map.of("field", "buyerCode", "pointer", "/buyerCode", "message", "must be a string")),
                problem.getExtensions().get("errors"));
    }

    @Test
    void malformedJsonSaysWhereItBreaks() {
        Problem problem = bind("{\"buyerCode\": \"acme\",,}");
        assertEquals("The request body is not well-formed JSON (line 1, column 22)", problem.getDetail());
    }

    @Test
    void quarkusRestsWrappedParseFailureIsDescribedToo() {
        JsonProcessingException failure = assertThrows(JsonProcessingException.class, () -> json.readValue("{\"buyerCode\": tru}", Order.class));
        Response response = new ProblemMappers.HttpProblems().toResponse(
                new WebApplicationException(failure, Response.Status.BAD_REQUEST));
        assertEquals(400, response.getStatus());
        assertEquals("The request body is not well-formed JSON (line 1, column 15)", ((Problem) response.getEntity()).getDetail());
    }

    @Test
    void aUniqueViolationDeepInTheCauseChainIsAConflict() {
        RuntimeException wrapped = new RuntimeException("could not execute statement",
                new SQLException("duplicate key value violates unique constraint \"product_key\"", "23505"));
        Response response = new ProblemMappers.UnexpectedProblems().toResponse(new IllegalStateException(wrapped));
        assertEquals(409, response.getStatus());
        Problem problem = (Problem) response.getEntity();
        assertEquals("Conflict", problem.getTitle());
        assertEquals("The record exists already (possibly created by a request running at the same time); "
                + "read it and change it instead", problem.getDetail());
    }

    @Test
    void anOptimisticLockFailureIsAConflict() {
        Response response = new ProblemMappers.UnexpectedProblems().toResponse(new OptimisticLockException("row was updated"));
        assertEquals(409, response.getStatus());
        assertEquals("The record was changed by another request at the same time; read it again and repeat the change",
                ((Problem) response.getEntity()).getDetail());
    }

    @Test
    void otherDatabaseFailuresStayServerErrors() {
        Response response = new ProblemMappers.UnexpectedProblems().toResponse(
                new RuntimeException(new SQLException("connection reset", "08006")));
        assertEquals(500, response.getStatus());
    }
}
