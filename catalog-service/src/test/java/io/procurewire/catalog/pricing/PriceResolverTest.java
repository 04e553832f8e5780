package io.procurewire.catalog.pricing;

import io.procurewire.catalog.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PriceResolverTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    private static final ProductPrice USD_LIST = new ProductPrice(new BigDecimal("12.5000"), "USD", 1, true);
    private static final ContractTerms CONTRACT = contract("USD", null, ContractTerms.Assortment.ALL);
    private static final List<Tier> TIERS = List.of(new Tier(new BigDecimal("10"), new BigDecimal("10.00")),
            new Tier(new BigDecimal("100"), new BigDecimal("9.00")));

    private static ContractTerms contract(String currency, String defaultDiscount, ContractTerms.Assortment assortment) {
        return new ContractTerms(7, "C-1", "acme", currency, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                defaultDiscount == null ? null : new BigDecimal(defaultDiscount), assortment, 2);
    }

    private static LineTerms line(String fixed, String percent, List<Tier> tiers) {
        return new LineTerms(fixed == null ? null : new BigDecimal(fixed), percent == null ? null : new BigDecimal(percent),
                tiers, null, null, 40);
    }

    private static ResolvedPrice resolve(ProductPrice product, ContractTerms contract, LineTerms line, String qty) {
        return PriceResolver.resolve(product, contract, line, new BigDecimal(qty), DAY);
    }

    @Test
    void listPriceInTheProductCurrencyWithoutContract() {
        ResolvedPrice price = resolve(USD_LIST, null, null, "1");
        assertEquals(new Money(new BigDecimal("12.50"), "USD"), price.unitPrice());
        assertEquals(PriceSource.LIST, price.source());
        assertEquals(1L, price.priceVersion());
        assertNull(price.contractCode());
    }

    @Test
    void fixedPriceBeatsTiersAndPercentOff() {
        ResolvedPrice price = resolve(USD_LIST, CONTRACT, line("11.25", "50", TIERS), "500");
        assertEquals(new Money(new BigDecimal("11.25"), "USD"), price.unitPrice());
        assertEquals(PriceSource.CONTRACT_FIXED, price.source());
        assertEquals(40L, price.priceVersion());
        assertEquals("C-1", price.contractCode());
    }

    @Test
    void highestReachedTierBeatsPercentOff() {
        assertEquals(new BigDecimal("10.00"), resolve(USD_LIST, CONTRACT, line(null, "50", TIERS), "10").unitPrice().amount());
        assertEquals(new BigDecimal("10.00"), resolve(USD_LIST, CONTRACT, line(null, "50", TIERS), "99.5").unitPrice().amount());
        ResolvedPrice big = resolve(USD_LIST, CONTRACT, line(null, "50", TIERS), "100");
        assertEquals(new BigDecimal("9.00"), big.unitPrice().amount());
        assertEquals(PriceSource.CONTRACT_TIER, big.source());
    }

    @Test
    void quantityBelowTheFirstTierFallsToPercentOff() {
        ResolvedPrice price = resolve(USD_LIST, CONTRACT, line(null, "10", TIERS), "9");
        assertEquals(PriceSource.CONTRACT_DISCOUNT, price.source());
        assertEquals(new BigDecimal("11.25"), price.unitPrice().amount());
    }

    @Test
    void quantityBelowTheFirstTierWithoutDiscountFallsToList() {
        ResolvedPrice price = resolve(USD_LIST, CONTRACT, line(null, null, TIERS), "2");
        assertEquals(PriceSource.LIST, price.source());
        assertEquals(new BigDecimal("12.50"), price.unitPrice().amount());
        assertEquals("C-1", price.contractCode());
        assertEquals(1L, price.priceVersion());
    }

    @Test
    void lineDiscountBeatsContractDefaultDiscount() {
        ContractTerms withDefault = contract("USD", "20", ContractTerms.Assortment.ALL);
        assertEquals(new BigDecimal("11.88"), resolve(USD_LIST, withDefault, line(null, "5", null), "1").unitPrice().amount());
        ResolvedPrice byDefault = resolve(USD_LIST, withDefault, null, "1");
        assertEquals(new BigDecimal("10.00"), byDefault.unitPrice().amount());
        assertEquals(PriceSource.CONTRACT_DISCOUNT, byDefault.source());
        assertEquals(2L, byDefault.priceVersion(), "the contract's own version names a default discount");
    }

    @Test
    void percentOffRoundsHalfUpToTheMinorUnit() {
        ProductPrice odd = new ProductPrice(new BigDecimal("0.99"), "USD", 1, true);
        assertEquals(new BigDecimal("0.84"), resolve(odd, CONTRACT, line(null, "15", null), "1").unitPrice().amount());
        ProductPrice yen = new ProductPrice(new BigDecimal("1001"), "JPY", 1, true);
        ContractTerms yenContract = contract("JPY", null, ContractTerms.Assortment.ALL);
        assertEquals(new BigDecimal("500.50"), resolve(yen, yenContract, line(null, "50", null), "1").unitPrice().amount());
    }

    @Test
    void lineOutsideItsValidityDatesIsIgnored() {
        LineTerms expired = new LineTerms(new BigDecimal("5"), null, List.of(), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 11, 23), 40);
        LineTerms future = new LineTerms(new BigDecimal("5"), null, List.of(), LocalDate.of(2026, 11, 25), null, 41);
        LineTerms today = new LineTerms(new BigDecimal("5"), null, List.of(), LocalDate.of(2026, 11, 24),
                LocalDate.of(2026, 11, 24), 42);
        assertEquals(PriceSource.LIST, resolve(USD_LIST, CONTRACT, expired, "1").source());
        assertEquals(PriceSource.LIST, resolve(USD_LIST, CONTRACT, future, "1").source());
        assertEquals(PriceSource.CONTRACT_FIXED, resolve(USD_LIST, CONTRACT, today, "1").source());
    }

    @Test
    void contractOutsideItsEffectiveDatesPricesNothing() {
        ContractTerms ended = new ContractTerms(7, "C-1", "acme", "USD", LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), null, ContractTerms.Assortment.ALL, 2);
        ResolvedPrice price = resolve(USD_LIST, ended, line("1", null, null), "1");
        assertFalse(price.available());
        assertEquals("contract C-1 is not effective on 2026-11-24", price.reason());
    }

    @Test
    void fixedAndTierPricesAreInTheContractCurrencyWhateverTheListCurrency() {
        ProductPrice eur = new ProductPrice(new BigDecimal("10"), "EUR", 1, true);
        ResolvedPrice fixed = resolve(eur, CONTRACT, line("11.00", null, null), "1");
        assertEquals(new Money(new BigDecimal("11.00"), "USD"), fixed.unitPrice());
        ResolvedPrice tier = resolve(eur, CONTRACT, line(null, null, TIERS), "10");
        assertEquals(new Money(new BigDecimal("10.00"), "USD"), tier.unitPrice());
    }

    @Test
    void percentOffAcrossCurrenciesIsUnavailable() {
        ProductPrice eur = new ProductPrice(new BigDecimal("10"), "EUR", 1, true);
        ResolvedPrice price = resolve(eur, CONTRACT, line(null, "10", null), "1");
        assertFalse(price.available());
        assertEquals("percent off list needs the list price in the contract currency USD, list price is in EUR",
                price.reason());
        assertNull(price.unitPrice());
    }

    @Test
    void listPriceInAnotherCurrencyThanTheContractIsUnavailable() {
        ProductPrice eur = new ProductPrice(new BigDecimal("10"), "EUR", 1, true);
        ResolvedPrice price = resolve(eur, CONTRACT, null, "1");
        assertFalse(price.available());
        assertEquals("no contract price, and the list price is in EUR while contract C-1 is in USD", price.reason());
    }

    @Test
    void restrictedAssortmentHidesProductsWithoutLine() {
        ContractTerms restricted = contract("USD", null, ContractTerms.Assortment.CONTRACT_LINES);
        ResolvedPrice hidden = resolve(USD_LIST, restricted, null, "1");
        assertFalse(hidden.available());
        assertEquals("not in the assortment of contract C-1", hidden.reason());
        assertTrue(resolve(USD_LIST, restricted, line(null, "0", null), "1").available());
    }

    @Test
    void discontinuedProductsAreNeverPriced() {
        ProductPrice gone = new ProductPrice(new BigDecimal("10"), "USD", 1, false);
        assertEquals("discontinued", resolve(gone, null, null, "1").reason());
        assertEquals("discontinued", resolve(gone, CONTRACT, line("1", null, null), "1").reason());
    }
}
