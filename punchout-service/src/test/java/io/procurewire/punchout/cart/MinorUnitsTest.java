package io.procurewire.punchout.cart;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MinorUnitsTest {

    @Test
    void usesTheIso4217ExponentOfEachCurrency() {
        assertEquals(2, MinorUnits.digits("USD"));
        assertEquals(2, MinorUnits.digits("EUR"));
        assertEquals(0, MinorUnits.digits("JPY"));
        assertEquals(0, MinorUnits.digits("KRW"));
        for (String threeDecimals : new String[]{"BHD", "KWD", "JOD", "OMR", "TND"}) {
            assertEquals(3, MinorUnits.digits(threeDecimals), threeDecimals);
        }
        assertEquals(2, MinorUnits.digits("XYZ"), "an unknown code falls back to cents");
    }

    @Test
    void roundsLineAmountsHalfUpToMinorUnits() {
        assertEquals("1.75", MinorUnits.lineAmount(new BigDecimal("0.4999"), new BigDecimal("3.5"), "USD").toPlainString());
        assertEquals("57.75", MinorUnits.lineAmount(new BigDecimal("11.5500"), new BigDecimal("5.0000"), "USD").toPlainString());
        assertEquals("1235", MinorUnits.lineAmount(new BigDecimal("123.45"), new BigDecimal("10"), "JPY").toPlainString());
        assertEquals("3.704", MinorUnits.lineAmount(new BigDecimal("1.2345"), new BigDecimal("3"), "KWD").toPlainString());
        assertEquals("0.01", MinorUnits.lineAmount(new BigDecimal("0.005"), BigDecimal.ONE, "EUR").toPlainString());
    }

    @Test
    void unitPricesKeepTheirQuotedPrecisionButAtLeastMinorUnits() {
        assertEquals("99.50", MinorUnits.unitPrice(new BigDecimal("99.5000"), "USD").toPlainString());
        assertEquals("0.0125", MinorUnits.unitPrice(new BigDecimal("0.0125"), "USD").toPlainString());
        assertEquals("1200", MinorUnits.unitPrice(new BigDecimal("1200.0000"), "JPY").toPlainString());
        assertEquals("2.500", MinorUnits.unitPrice(new BigDecimal("2.5"), "BHD").toPlainString());
    }

    @Test
    void pagesShowAmountsWithTheCurrencysDecimals() {
        assertEquals("57.75 USD", Amounts.amount(new BigDecimal("57.750000"), "USD"));
        assertEquals("1200 JPY", Amounts.amount(new BigDecimal("1200.0000"), "JPY"));
        assertEquals("0.0125 USD", Amounts.money(new BigDecimal("0.012500"), "USD"));
        assertEquals("7.000 OMR", Amounts.amount(new BigDecimal("7"), "OMR"));
    }
}
