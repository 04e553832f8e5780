package io.procurewire.catalog.pricing;

import io.procurewire.catalog.Money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.Optional;

/**
 * Price precedence for one buyer, product, quantity and date. Pure logic, no I/O: callers fetch the product, the
 * contract and the product's line in bulk and ask this class, so one cart costs one query, not one per line.
 *
 * <ol>
 *   <li>No contract: the list price, in the product's currency ({@code LIST}).</li>
 *   <li>Contract not effective on the date: unavailable.</li>
 *   <li>Assortment restricted to contract lines and the product has no line: unavailable (not visible).</li>
 *   <li>A line valid on the date with a fixed price: that price ({@code CONTRACT_FIXED}), contract currency.</li>
 *   <li>A line valid on the date with quantity tiers, and the quantity reaches a tier: the highest tier whose
 *       minimum quantity is at most the quantity ({@code CONTRACT_TIER}), contract currency.</li>
 *   <li>A percent off list: the line's, else the contract's default ({@code CONTRACT_DISCOUNT}). Only when the
 *       list price is in the contract currency (no exchange rates here), else unavailable with a reason.</li>
 *   <li>Otherwise the list price ({@code LIST}), again only when it is in the contract currency.</li>
 * </ol>
 * A line outside its validity dates is ignored (the product falls through to the contract default or list).
 * Discontinued products are never priced.
 */
public final class PriceResolver {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PriceResolver() {
    }

    public static ResolvedPrice resolve(ProductPrice product, ContractTerms contract, LineTerms line,
                                        BigDecimal quantity, LocalDate date) {
        String contractCode = contract == null ? null : contract.code();
        if (!product.active()) {
            return ResolvedPrice.unavailable("discontinued", contractCode);
        }
        if (contract == null) {
            return ResolvedPrice.priced(Money.of(product.listPrice(), product.currency()), PriceSource.LIST, null,
                    product.priceVersion());
        }
        if (!contract.effectiveOn(date)) {
            return ResolvedPrice.unavailable("contract " + contractCode + " is not effective on " + date, contractCode);
        }
        if (contract.assortment() == ContractTerms.Assortment.CONTRACT_LINES && line == null) {
            return ResolvedPrice.unavailable("not in the assortment of contract " + contractCode, contractCode);
        }
        LineTerms validLine = line != null && line.validOn(date) ? line : null;
        if (validLine != null && validLine.fixedPrice() != null) {
            return ResolvedPrice.priced(Money.of(validLine.fixedPrice(), contract.currency()),
                    PriceSource.CONTRACT_FIXED, contractCode, validLine.priceVersion());
        }
        if (validLine != null) {
            Optional<Tier> tier = tierFor(validLine, quantity);
            if (tier.isPresent()) {
                return ResolvedPrice.priced(Money.of(tier.get().unitPrice(), contract.currency()),
                        PriceSource.CONTRACT_TIER, contractCode, validLine.priceVersion());
            }
        }
        BigDecimal percentOff = null;
        long version = 0;
        if (validLine != null && validLine.discountPercent() != null) {
            percentOff = validLine.discountPercent();
            version = validLine.priceVersion();
        } else if (contract.defaultDiscountPercent() != null) {
            percentOff = contract.defaultDiscountPercent();
            version = contract.priceVersion();
        }
        boolean sameCurrency = contract.currency().equals(product.currency());
        if (percentOff != null) {
            if (!sameCurrency) {
                return ResolvedPrice.unavailable("percent off list needs the list price in the contract currency "
                        + contract.currency() + ", list price is in " + product.currency(), contractCode);
            }
            return ResolvedPrice.priced(Money.of(discounted(product.listPrice(), percentOff, contract.currency()),
                    contract.currency()), PriceSource.CONTRACT_DISCOUNT, contractCode, version);
        }
        if (!sameCurrency) {
            return ResolvedPrice.unavailable("no contract price, and the list price is in " + product.currency()
                    + " while contract " + contractCode + " is in " + contract.currency(), contractCode);
        }
        return ResolvedPrice.priced(Money.of(product.listPrice(), product.currency()), PriceSource.LIST,
                contractCode, product.priceVersion());
    }

    static Optional<Tier> tierFor(LineTerms line, BigDecimal quantity) {
        return line.tiers().stream()
                .filter(t -> t.minQuantity().compareTo(quantity) <= 0)
                .max(Comparator.comparing(Tier::minQuantity));
    }

    /** list * (100 - percent) / 100, rounded half-up to the currency's minor unit (at least 2 decimals). */
    static BigDecimal discounted(BigDecimal listPrice, BigDecimal percentOff, String currency) {
        int digits = Math.max(2, fractionDigits(currency));
        return listPrice.multiply(HUNDRED.subtract(percentOff), MathContext.DECIMAL64)
                .divide(HUNDRED, digits, RoundingMode.HALF_UP);
    }

    private static int fractionDigits(String currency) {
        try {
            return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException e) {
            return 2;
        }
    }
}
