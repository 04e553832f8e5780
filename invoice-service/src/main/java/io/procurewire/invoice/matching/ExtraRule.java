package io.procurewire.invoice.matching;

/**
 * What a buyer accepts for one kind of ancillary charge (shipping, handling, misc) or for discounts: whether it is
 * permitted at all, and a limit relative to the invoice's goods subtotal.
 */
public record ExtraRule(boolean allowed, Limit limit) {

    public static final ExtraRule FORBIDDEN = new ExtraRule(false, Limit.EXACT);
    public static final ExtraRule ANY = new ExtraRule(true, Limit.UNLIMITED);

    public ExtraRule {
        limit = limit == null ? Limit.UNLIMITED : limit;
    }

    public static ExtraRule upTo(Limit limit) {
        return new ExtraRule(true, limit);
    }
}
