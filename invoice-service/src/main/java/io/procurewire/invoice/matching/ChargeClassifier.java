package io.procurewire.invoice.matching;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises ancillary charges written as invoice lines (marketplace invoices list "Shipping & Handling" or
 * "Promotional discount" as lines of their own) by keywords in the description, first rule first. A line that is
 * recognised is matched by the charge rules instead of failing as a line without PO; nothing is dropped.
 */
public final class ChargeClassifier {

    public record Rule(String keyword, ChargeKind kind) {
    }

    /** The first rule whose keyword occurs wins: "Shipping &amp; handling" is shipping, "Promo discount" a discount. */
    private static final List<Rule> STANDARD = List.of(
            new Rule("discount", ChargeKind.DISCOUNT),
            new Rule("promotion", ChargeKind.DISCOUNT),
            new Rule("promo", ChargeKind.DISCOUNT),
            new Rule("rebate", ChargeKind.DISCOUNT),
            new Rule("coupon", ChargeKind.DISCOUNT),
            new Rule("shipping", ChargeKind.SHIPPING),
            new Rule("freight", ChargeKind.SHIPPING),
            new Rule("delivery", ChargeKind.SHIPPING),
            new Rule("postage", ChargeKind.SHIPPING),
            new Rule("carriage", ChargeKind.SHIPPING),
            new Rule("handling", ChargeKind.HANDLING),
            new Rule("restocking", ChargeKind.HANDLING),
            new Rule("packaging", ChargeKind.HANDLING),
            new Rule("surcharge", ChargeKind.MISC),
            new Rule("fee", ChargeKind.MISC),
            new Rule("gift wrap", ChargeKind.MISC));

    private final List<Rule> rules;

    public ChargeClassifier(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static ChargeClassifier standard() {
        return new ChargeClassifier(STANDARD);
    }

    /** The kind whose keyword appears first in the rule list; empty when the description names no charge. */
    public Optional<ChargeKind> classify(String description) {
        if (description == null || description.isBlank()) {
            return Optional.empty();
        }
        String text = description.toLowerCase(Locale.ROOT);
        for (Rule rule : rules) {
            if (text.contains(rule.keyword())) {
                return Optional.of(rule.kind());
            }
        }
        return Optional.empty();
    }
}
