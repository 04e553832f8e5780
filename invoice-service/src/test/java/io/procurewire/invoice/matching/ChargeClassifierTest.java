package io.procurewire.invoice.matching;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChargeClassifierTest {

    private final ChargeClassifier classifier = ChargeClassifier.standard();

    @Test
    void recognisesMarketplaceChargeLinesByKeyword() {
        assertEquals(Optional.of(ChargeKind.SHIPPING), classifier.classify("Shipping & Handling"));
        assertEquals(Optional.of(ChargeKind.SHIPPING), classifier.classify("FREIGHT"));
        assertEquals(Optional.of(ChargeKind.HANDLING), classifier.classify("Special handling"));
        assertEquals(Optional.of(ChargeKind.DISCOUNT), classifier.classify("Promotional discount"));
        assertEquals(Optional.of(ChargeKind.MISC), classifier.classify("Small order fee"));
    }

    @Test
    void goodsDescriptionsAreNoCharges() {
        assertEquals(Optional.empty(), classifier.classify("Copy paper A4, 500 sheets"));
        assertEquals(Optional.empty(), classifier.classify(null));
        assertEquals(Optional.empty(), classifier.classify(" "));
    }
}
