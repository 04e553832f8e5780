package io.procurewire.punchout.catalog;

import io.micrometer.core.instrument.MeterRegistry;
import io.procurewire.punchout.PunchoutConfig;
import io.procurewire.punchout.catalog.CatalogDtos.CatalogItem;
import io.procurewire.punchout.catalog.CatalogDtos.Facets;
import io.procurewire.punchout.catalog.CatalogDtos.PriceQuote;
import io.procurewire.punchout.catalog.CatalogDtos.QuoteLineRequest;
import io.procurewire.punchout.catalog.CatalogDtos.QuoteRequest;
import io.procurewire.punchout.catalog.CatalogDtos.QuotedLine;
import io.procurewire.punchout.catalog.CatalogDtos.SearchPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The only way to catalog-service. Each call has a timeout, retries with jitter and a circuit breaker (values in
 * application.properties); when they are exhausted the fallback answers from the last good answers of the last
 * minutes, flagged possibly stale, or throws {@link CatalogUnavailable}. A call that timed out is not retried: a
 * catalog-service that is slow because it is busy only gets busier from more requests (README "Shop under load").
 */
@ApplicationScoped
public class CatalogClient {

    private static final Logger LOG = Logger.getLogger(CatalogClient.class);

    /**
     * catalog-service refused the call itself (4xx; 404 of an item is an answer): neither retried nor served from
     * cache. For the shop this is a catalog that is not available to the buyer (e.g. contract ended: 422, unknown
     * contract: 404), which needs the supplier, not a retry.
     */
    public static class CatalogRejected extends RuntimeException {
        private final int status;

        public CatalogRejected(int status, String buyer, String contract) {
            super("catalog-service answered HTTP " + status + " for buyer " + buyer
                    + (contract == null ? " (no contract)" : ", contract " + contract));
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** catalog-service failed (5xx): retried, counted by the circuit breaker, then served from cache. */
    static class CatalogFailed extends RuntimeException {
        CatalogFailed(String message) {
            super(message);
        }
    }

    record SearchKey(String buyer, String contract, String query, String unspsc, String manufacturer, int page, int size) {
    }

    record FacetsKey(String buyer, String contract, String query, String unspsc, String manufacturer) {
    }

    record ItemKey(String buyer, String contract, String part, String aux) {
    }

    record QuoteLineKey(String buyer, String contract, String part, String aux, BigDecimal quantity) {
    }

    private final CatalogApi api;
    private final RecentCatalogAnswers recent;
    private final MeterRegistry meters;
    private final Clock clock = Clock.systemUTC();

    public CatalogClient(@RestClient CatalogApi api, PunchoutConfig config, MeterRegistry meters) {
        this.api = api;
        this.meters = meters;
        this.recent = new RecentCatalogAnswers(config.catalogCacheTtl(), config.catalogCacheSize(), clock);
    }

    @Timeout
    @Retry(retryOn = {ProcessingException.class, CatalogFailed.class}, abortOn = TimeoutException.class)
    @CircuitBreaker(skipOn = CatalogRejected.class)
    @Fallback(fallbackMethod = "recentSearch", skipOn = CatalogRejected.class)
    public Fetched<SearchPage> search(String buyer, String contract, String query, String unspsc, String manufacturer,
                                      int page, int size) {
        SearchPage answer = call(buyer, contract, () -> api.search(buyer, blank(query), blank(unspsc), blank(manufacturer), contract,
                page, size));
        Instant now = clock.instant();
        recent.remember(new SearchKey(buyer, contract, blank(query), blank(unspsc), blank(manufacturer), page, size),
                answer, now);
        return new Fetched<>(answer, false, now);
    }

    Fetched<SearchPage> recentSearch(String buyer, String contract, String query, String unspsc, String manufacturer,
                                     int page, int size, Throwable failure) {
        logFailure("search", failure);
        return this.<SearchPage>fromCache("search",
                new SearchKey(buyer, contract, blank(query), blank(unspsc), blank(manufacturer), page, size));
    }

    /**
     * Facet counts of a search (categories, manufacturers): a help for browsing, so never retried and never failing the
     * page — when catalog-service cannot answer (down, slow, refusing, or older and without the endpoint) the fallback
     * gives the last answer of the last minutes or none.
     */
    @Timeout
    @CircuitBreaker
    @Fallback(fallbackMethod = "recentFacets")
    public Fetched<Facets> facets(String buyer, String contract, String query, String unspsc, String manufacturer) {
        Facets answer = call(buyer, contract, () -> api.facets(buyer, blank(query), blank(unspsc), blank(manufacturer),
                contract));
        Instant now = clock.instant();
        recent.remember(new FacetsKey(buyer, contract, blank(query), blank(unspsc), blank(manufacturer)), answer, now);
        return new Fetched<>(answer, false, now);
    }

    Fetched<Facets> recentFacets(String buyer, String contract, String query, String unspsc, String manufacturer,
                                 Throwable failure) {
        logFailure("facets", failure);
        meters.counter("procurewire_punchout_catalog_fallback_total", "call", "facets").increment();
        Optional<Fetched<Facets>> cached = recent.find(
                new FacetsKey(buyer, contract, blank(query), blank(unspsc), blank(manufacturer)));
        return cached.orElseGet(() -> new Fetched<>(Facets.none(), true, clock.instant()));
    }

    /** One item as the buyer sees it; empty when unknown or not visible to the buyer (404). */
    @Timeout
    @Retry(retryOn = {ProcessingException.class, CatalogFailed.class}, abortOn = TimeoutException.class)
    @CircuitBreaker(skipOn = CatalogRejected.class)
    @Fallback(fallbackMethod = "recentItem", skipOn = CatalogRejected.class)
    public Fetched<Optional<CatalogItem>> item(String buyer, String contract, String supplierPartId, String auxiliaryId) {
        Optional<CatalogItem> answer;
        try {
            answer = Optional.of(call(buyer, contract, () -> api.item(buyer, supplierPartId, contract, blank(auxiliaryId))));
        } catch (CatalogRejected notFound) {
            if (notFound.status() != 404) {
                throw notFound;
            }
            answer = Optional.empty();
        }
        Instant now = clock.instant();
        recent.remember(new ItemKey(buyer, contract, supplierPartId, blank(auxiliaryId)), answer, now);
        return new Fetched<>(answer, false, now);
    }

    Fetched<Optional<CatalogItem>> recentItem(String buyer, String contract, String supplierPartId, String auxiliaryId,
                                              Throwable failure) {
        logFailure("item", failure);
        return this.<Optional<CatalogItem>>fromCache("item", new ItemKey(buyer, contract, supplierPartId, blank(auxiliaryId)));
    }

    /** Prices for cart lines as of today; unknown parts come back with available=false and a reason. */
    @Timeout
    @Retry(retryOn = {ProcessingException.class, CatalogFailed.class}, abortOn = TimeoutException.class)
    @CircuitBreaker(skipOn = CatalogRejected.class)
    @Fallback(fallbackMethod = "recentQuote", skipOn = CatalogRejected.class)
    public Fetched<PriceQuote> quote(String buyer, String contract, List<QuoteLineRequest> lines) {
        PriceQuote answer = call(buyer, contract, () -> api.quote(new QuoteRequest(buyer, contract,
                LocalDate.now(clock.withZone(ZoneOffset.UTC)), lines)));
        Instant quotedAt = answer.quotedAt() == null ? clock.instant() : answer.quotedAt();
        if (answer.lines() != null) {
            for (QuotedLine line : answer.lines()) {
                recent.remember(new QuoteLineKey(buyer, contract, line.supplierPartId(),
                        blank(line.supplierPartAuxiliaryId()), normalized(line.quantity())), line, quotedAt);
            }
        }
        return new Fetched<>(new PriceQuote(answer.buyerCode(), answer.currency(), quotedAt,
                answer.lines() == null ? List.of() : answer.lines()), false, quotedAt);
    }

    /** A quote assembled from the lines last quoted for the same part and quantity; all lines must be known. */
    Fetched<PriceQuote> recentQuote(String buyer, String contract, List<QuoteLineRequest> lines, Throwable failure) {
        logFailure("quote", failure);
        meters.counter("procurewire_punchout_catalog_fallback_total", "call", "quote").increment();
        List<QuotedLine> quoted = new ArrayList<>();
        Instant oldest = clock.instant();
        String currency = null;
        for (QuoteLineRequest line : lines) {
            Optional<Fetched<QuotedLine>> cached = recent.find(new QuoteLineKey(buyer, contract, line.supplierPartId(),
                    blank(line.supplierPartAuxiliaryId()), normalized(line.quantity())));
            if (cached.isEmpty()) {
                throw new CatalogUnavailable("catalog-service is unavailable and part " + line.supplierPartId()
                        + " has no recent price");
            }
            quoted.add(cached.get().value());
            if (cached.get().fetchedAt().isBefore(oldest)) {
                oldest = cached.get().fetchedAt();
            }
            if (currency == null && cached.get().value().unitPrice() != null) {
                currency = cached.get().value().unitPrice().currency();
            }
        }
        LOG.warnf("catalog-service unavailable: quoted %d line(s) for buyer %s from cache (as of %s)", lines.size(), buyer, oldest);
        return new Fetched<>(new PriceQuote(buyer, currency, oldest, quoted), true, oldest);
    }

    private static void logFailure(String call, Throwable failure) {
        LOG.warnf("catalog-service %s failed: %s", call, failure == null ? "?" : failure.toString());
    }

    /** Forgets the degraded-mode cache (tests, or an operator after a price correction). */
    public void forgetRecentAnswers() {
        recent.clear();
    }

    private <T> Fetched<T> fromCache(String call, Object key) {
        meters.counter("procurewire_punchout_catalog_fallback_total", "call", call).increment();
        Optional<Fetched<T>> cached = recent.find(key);
        if (cached.isEmpty()) {
            throw new CatalogUnavailable("catalog-service is unavailable and no recent answer is cached for " + call);
        }
        LOG.warnf("catalog-service unavailable: serving %s from cache (as of %s)", call, cached.get().fetchedAt());
        return cached.get();
    }

    private static <T> T call(String buyer, String contract, java.util.function.Supplier<T> remote) {
        try {
            return remote.get();
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
            if (status >= 500 || status == 429 || status == 408) {
                throw new CatalogFailed("catalog-service answered HTTP " + status);
            }
            throw new CatalogRejected(status, buyer, contract);
        }
    }

    private static BigDecimal normalized(BigDecimal quantity) {
        return quantity == null ? null : quantity.stripTrailingZeros();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
