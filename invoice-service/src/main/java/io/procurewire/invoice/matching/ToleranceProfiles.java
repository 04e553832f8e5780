package io.procurewire.invoice.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the profile for buyer × supplier × commodity, most specific first: a profile naming more of the three wins;
 * between profiles naming as many, commodity outranks supplier and supplier outranks buyer (as Coupa's commodity
 * level overrides the chart of accounts, and a supplier is narrower than a buyer). The order is therefore
 * (b,s,c), (*,s,c), (b,*,c), (b,s,*), (*,*,c), (*,s,*), (b,*,*), (*,*,*), then the fallback.
 */
public final class ToleranceProfiles {

    private record Key(String buyer, String supplier, String commodity) {
    }

    private final Map<Key, ToleranceProfile> byScope = new HashMap<>();
    /** Resolutions already made: a match resolves once per line, and the set of scopes in use is small. */
    private final Map<Key, ToleranceProfile> resolved = new java.util.concurrent.ConcurrentHashMap<>();
    private final ToleranceProfile fallback;

    public ToleranceProfiles(List<ToleranceProfile> profiles, ToleranceProfile fallback) {
        for (ToleranceProfile profile : profiles) {
            Key key = new Key(norm(profile.buyer()), norm(profile.supplier()), norm(profile.commodity()));
            if (byScope.putIfAbsent(key, profile) != null) {
                throw new IllegalArgumentException("two tolerance profiles for the same scope " + key);
            }
        }
        this.fallback = Objects.requireNonNull(fallback);
    }

    public static ToleranceProfiles of(ToleranceProfile... profiles) {
        return new ToleranceProfiles(List.of(profiles), ToleranceProfile.strict());
    }

    public ToleranceProfile resolve(String buyer, String supplier, String commodity) {
        String b = norm(buyer);
        String s = norm(supplier);
        String c = norm(commodity);
        if (byScope.isEmpty()) {
            return fallback;
        }
        Key wanted = new Key(b, s, c);
        ToleranceProfile known = resolved.get(wanted);
        if (known != null) {
            return known;
        }
        ToleranceProfile chosen = search(b, s, c);
        if (resolved.size() < 10_000) {
            resolved.put(wanted, chosen);
        }
        return chosen;
    }

    private ToleranceProfile search(String b, String s, String c) {
        ToleranceProfile found;
        if ((found = find(b, s, c)) != null
                || (found = find(null, s, c)) != null
                || (found = find(b, null, c)) != null
                || (found = find(b, s, null)) != null
                || (found = find(null, null, c)) != null
                || (found = find(null, s, null)) != null
                || (found = find(b, null, null)) != null
                || (found = find(null, null, null)) != null) {
            return found;
        }
        return fallback;
    }

    private ToleranceProfile find(String buyer, String supplier, String commodity) {
        return byScope.get(new Key(buyer, supplier, commodity));
    }

    private static String norm(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
