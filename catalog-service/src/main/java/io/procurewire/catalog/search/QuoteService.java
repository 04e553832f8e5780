package io.procurewire.catalog.search;

import io.procurewire.catalog.CatalogConfig;
import io.procurewire.catalog.Money;
import io.procurewire.catalog.pricing.ContractTerms;
import io.procurewire.catalog.pricing.ResolvedPrice;
import io.procurewire.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prices a cart for a buyer. The quote has one currency: the contract's, or procurewire.catalog.default-currency
 * without a contract; a line priced in another currency is unavailable with a reason. Unknown or invisible parts are
 * unavailable lines, never a failed cart.
 */
@ApplicationScoped
public class QuoteService {

    private final BuyerCatalog catalog;
    private final CatalogConfig config;

    QuoteService(BuyerCatalog catalog, CatalogConfig config) {
        this.catalog = catalog;
        this.config = config;
    }

    /** What a (supplierPartId, auxiliaryId) pair asks for; a derived auxiliary ID names a contract, not a product. */
    public record Target(BuyerCatalog.Lookup lookup, String contractHint) {
    }

    public static Target target(String supplierPartId, String auxiliaryId) {
        if (auxiliaryId != null && auxiliaryId.startsWith(BuyerItem.CONTRACT_AUX_PREFIX)) {
            return new Target(new BuyerCatalog.Lookup(supplierPartId, ""),
                    auxiliaryId.substring(BuyerItem.CONTRACT_AUX_PREFIX.length()));
        }
        return new Target(new BuyerCatalog.Lookup(supplierPartId,
                auxiliaryId == null || auxiliaryId.isEmpty() ? null : auxiliaryId), null);
    }

    public Quote quote(QuoteRequest request) {
        validate(request);
        LocalDate date = request.date() == null ? LocalDate.now(Clock.system(ZoneOffset.UTC)) : request.date();
        List<Target> targets = request.lines().stream()
                .map(l -> target(l.supplierPartId(), l.supplierPartAuxiliaryId())).toList();
        // The quote's contract: the named one, else the one an echoed auxiliary ID names, else the buyer's current one.
        String contractCode = request.contractCode();
        if (contractCode == null) {
            contractCode = targets.stream().map(Target::contractHint).filter(h -> h != null).findFirst().orElse(null);
        }
        ContractTerms contract = catalog.contractFor(request.buyerCode(), contractCode, date).orElse(null);
        String currency = contract == null ? config.defaultCurrency() : contract.currency();
        List<BuyerItem> items = catalog.find(contract, targets.stream().map(Target::lookup).toList());
        List<Quote.Line> lines = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            QuoteRequest.Line asked = request.lines().get(i);
            BuyerItem item = items.get(i);
            if (item == null) {
                lines.add(unavailable(asked, "unknown product " + asked.supplierPartId()
                        + (asked.supplierPartAuxiliaryId() == null ? "" : " / " + asked.supplierPartAuxiliaryId()), contract));
                continue;
            }
            ResolvedPrice price = item.price(contract, asked.quantity(), date);
            String reason = price.reason();
            boolean available = price.available();
            if (available && !price.unitPrice().currency().equals(currency)) {
                available = false;
                reason = "priced in " + price.unitPrice().currency() + ", the quote is in " + currency;
            }
            lines.add(new Quote.Line(item.supplierPartId(), item.auxiliaryIdFor(contract), asked.quantity(), available,
                    reason, available ? price.unitPrice() : null,
                    Money.of(item.productPrice().listPrice(), item.productPrice().currency()),
                    available ? price.source() : null, contract == null ? null : contract.code(),
                    available ? price.priceVersion() : null, item.name(), item.description(), item.unitOfMeasure(),
                    item.unspsc(), item.manufacturerName(), item.manufacturerPartId(), item.leadTimeDays()));
        }
        return new Quote(request.buyerCode(), currency, Instant.now(), lines);
    }

    private static Quote.Line unavailable(QuoteRequest.Line asked, String reason, ContractTerms contract) {
        return new Quote.Line(asked.supplierPartId(), asked.supplierPartAuxiliaryId(), asked.quantity(), false, reason,
                null, null, null, contract == null ? null : contract.code(), null, null, null, null, null, null, null, null);
    }

    private void validate(QuoteRequest request) {
        if (request == null) {
            throw ProblemException.badRequest("a JSON body is required");
        }
        List<Map<String, String>> errors = new ArrayList<>();
        if (request.buyerCode() == null || request.buyerCode().isBlank()) {
            errors.add(Map.of("field", "buyerCode", "message", "is required"));
        }
        if (request.lines() == null || request.lines().isEmpty()) {
            errors.add(Map.of("field", "lines", "message", "at least one line is required"));
        } else if (request.lines().size() > config.maxQuoteLines()) {
            errors.add(Map.of("field", "lines", "message", "at most " + config.maxQuoteLines() + " lines per quote"));
        } else {
            for (int i = 0; i < request.lines().size(); i++) {
                QuoteRequest.Line line = request.lines().get(i);
                if (line == null || line.supplierPartId() == null || line.supplierPartId().isBlank()) {
                    errors.add(Map.of("field", "lines[" + i + "].supplierPartId", "message", "is required"));
                }
                if (line == null || line.quantity() == null || line.quantity().signum() <= 0) {
                    errors.add(Map.of("field", "lines[" + i + "].quantity", "message", "must be greater than 0"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "Bad Request", "The quote request is not valid: " + errors.size()
                    + " problem(s)", null, Map.of("errors", errors));
        }
    }
}
