package io.procurewire.invoice.tolerance;

import io.procurewire.invoice.matching.ExtraRule;
import io.procurewire.invoice.matching.Limit;
import io.procurewire.invoice.matching.ToleranceProfile;

import java.math.BigDecimal;

/**
 * A tolerance profile as JSON (API and storage). Every field may be omitted: an omitted field takes the strict
 * default of {@link ToleranceProfile#strict()}, never "unlimited". A limit is {@code {"percent":..,"amount":..}}
 * (either or both; {@code {}} = not checked); an extra rule {@code {"allowed":true,"limit":{...}}}.
 */
public record ProfileRules(String buyer, String supplier, String commodity,
                           Limit priceOver, Limit priceUnder, Limit quantityOverOrdered, Limit quantityOverReceived,
                           Limit lineTotalOver, Limit invoiceTotalOver, BigDecimal taxRatePoints, Limit taxAmount,
                           ExtraRule shipping, ExtraRule handling, ExtraRule misc, ExtraRule discount,
                           BigDecimal writeOff, Boolean uomMustMatch, Boolean currencyMustMatch,
                           Integer backdatingDays) {

    public ToleranceProfile toProfile() {
        ToleranceProfile.Builder b = ToleranceProfile.builder().scope(buyer, supplier, commodity);
        if (priceOver != null) b.priceOver(priceOver);
        if (priceUnder != null) b.priceUnder(priceUnder);
        if (quantityOverOrdered != null) b.quantityOverOrdered(quantityOverOrdered);
        if (quantityOverReceived != null) b.quantityOverReceived(quantityOverReceived);
        if (lineTotalOver != null) b.lineTotalOver(lineTotalOver);
        if (invoiceTotalOver != null) b.invoiceTotalOver(invoiceTotalOver);
        if (taxRatePoints != null) b.taxRatePoints(taxRatePoints.toPlainString());
        if (taxAmount != null) b.taxAmount(taxAmount);
        if (shipping != null) b.shipping(shipping);
        if (handling != null) b.handling(handling);
        if (misc != null) b.misc(misc);
        if (discount != null) b.discount(discount);
        if (writeOff != null) b.writeOff(writeOff.toPlainString());
        if (uomMustMatch != null) b.uomMustMatch(uomMustMatch);
        if (currencyMustMatch != null) b.currencyMustMatch(currencyMustMatch);
        if (backdatingDays != null) b.backdatingDays(backdatingDays);
        return b.build();
    }

    public static ProfileRules of(ToleranceProfile p) {
        return new ProfileRules(p.buyer(), p.supplier(), p.commodity(), p.priceOver(), p.priceUnder(),
                p.quantityOverOrdered(), p.quantityOverReceived(), p.lineTotalOver(), p.invoiceTotalOver(),
                p.taxRatePoints(), p.taxAmount(), p.shipping(), p.handling(), p.misc(), p.discount(), p.writeOff(),
                p.uomMustMatch(), p.currencyMustMatch(), p.backdatingDays());
    }
}
