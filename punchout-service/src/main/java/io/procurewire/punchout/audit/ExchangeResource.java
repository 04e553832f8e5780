package io.procurewire.punchout.audit;

import io.procurewire.problem.ProblemException;
import io.procurewire.punchout.connection.ConnectionService;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** "What did we send Coupa on Tuesday": the audit log of a connection, by time window and document type. */
@Path("/api/connections/{connectionId}/exchanges")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "reviewer", "viewer"})
public class ExchangeResource {

    public record ExchangeSummary(long id, Long sessionId, Exchange.Direction direction, String documentType,
                                  String payloadId, String inReplyTo, Integer statusCode, String environment,
                                  Instant occurredAt) {
        static ExchangeSummary of(Exchange e) {
            return new ExchangeSummary(e.id, e.sessionId, e.direction, e.documentType, e.payloadId, e.inReplyTo,
                    e.statusCode, e.environment, e.occurredAt);
        }
    }

    public record ExchangeDocument(ExchangeSummary exchange, String document) {
    }

    @GET
    @Transactional
    public List<ExchangeSummary> list(@PathParam("connectionId") long connectionId,
                                      @QueryParam("from") String from, @QueryParam("to") String to,
                                      @QueryParam("type") String documentType,
                                      @QueryParam("payloadId") String payloadId,
                                      @QueryParam("page") @DefaultValue("0") int page,
                                      @QueryParam("size") @DefaultValue("100") int size) {
        ConnectionService.find(connectionId);
        if (page < 0 || size < 1 || size > 1000) {
            throw ProblemException.badRequest("page must be >= 0 and size between 1 and 1000");
        }
        Parameters parameters = Parameters.with("connection", connectionId)
                .and("from", instant("from", from, Instant.EPOCH))
                .and("to", instant("to", to, Instant.parse("9999-12-31T00:00:00Z")));
        StringBuilder query = new StringBuilder("connectionId = :connection and occurredAt >= :from and occurredAt < :to");
        if (documentType != null && !documentType.isBlank()) {
            query.append(" and documentType = :type");
            parameters.and("type", documentType);
        }
        if (payloadId != null && !payloadId.isBlank()) {
            query.append(" and (payloadId = :payloadId or inReplyTo = :payloadId)");
            parameters.and("payloadId", payloadId);
        }
        return Exchange.<Exchange>find(query.toString(), Sort.by("occurredAt").and("id"), parameters)
                .page(Page.of(page, size)).list().stream().map(ExchangeSummary::of).toList();
    }

    @GET
    @Path("/{exchangeId}")
    @Transactional
    public ExchangeDocument get(@PathParam("connectionId") long connectionId, @PathParam("exchangeId") long exchangeId) {
        Exchange exchange = Exchange.<Exchange>findByIdOptional(exchangeId)
                .filter(e -> e.connectionId == connectionId)
                .orElseThrow(() -> ProblemException.notFound("Exchange", exchangeId));
        return new ExchangeDocument(ExchangeSummary.of(exchange), exchange.document);
    }

    private static Instant instant(String name, String value, Instant absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name + " must be an ISO-8601 instant such as 2026-11-24T00:00:00Z");
        }
    }
}
