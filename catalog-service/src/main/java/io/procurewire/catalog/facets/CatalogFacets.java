package io.procurewire.catalog.facets;

import io.procurewire.catalog.pricing.ContractTerms;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Facet counts of a buyer's search: how many matching products fall into each UNSPSC segment and family and under
 * each manufacturer, so that a shop can offer them as links that narrow the result. The statement applies the same
 * criteria as {@link io.procurewire.catalog.search.BuyerCatalog#search} (text, UNSPSC prefix, manufacturer, an
 * assortment restricted to contract lines) — keep them in step — but reads at most {@code maxScanned} matches
 * (unordered, so PostgreSQL stops early) and groups those: the cost of a request is bounded whatever the catalog's
 * size. Plain JDBC, one statement per combination of criteria, as search does.
 */
public class CatalogFacets {

    /** One facet value: a UNSPSC segment or family code with its name, or a manufacturer (code null). */
    public record Value(String code, String name, long count) {
    }

    /**
     * The facets of one query. {@code counted}: the matches counted; {@code exact}: whether those were all matches
     * (false: the counts are among the first {@code counted} matches only, and lower bounds).
     */
    public record Facets(List<Value> segments, List<Value> families, List<Value> manufacturers, long counted,
                         boolean exact) {
    }

    private static final String[] STATEMENTS = new String[16];

    static {
        for (int variant = 0; variant < STATEMENTS.length; variant++) {
            STATEMENTS[variant] = sql((variant & 1) != 0, (variant & 2) != 0, (variant & 4) != 0, (variant & 8) != 0);
        }
    }

    static String sql(boolean text, boolean unspsc, boolean manufacturer, boolean restricted) {
        StringBuilder matches = new StringBuilder("SELECT p.unspsc, p.manufacturer_name FROM product p");
        if (text) {
            matches.append(io.procurewire.catalog.search.SearchCriteria.TEXT_QUERY);
        }
        if (restricted) {
            matches.append(" JOIN contract_line l ON l.product_id = p.id AND l.contract_id = ?");
        }
        io.procurewire.catalog.search.SearchCriteria.appendWhere(matches, text, unspsc, manufacturer);
        matches.append(" LIMIT ?");
        // one row per family and one per manufacturer (GROUPING tells which); segments are summed from families
        return "SELECT GROUPING(left(m.unspsc, 4)) AS by_maker, left(m.unspsc, 4) AS family,"
                + " min(m.manufacturer_name) AS maker, count(*) AS n FROM (" + matches + ") m"
                + " GROUP BY GROUPING SETS ((left(m.unspsc, 4)), (lower(m.manufacturer_name)))";
    }

    private final DataSource dataSource;
    private final int maxScanned;
    private final int maxValues;

    public CatalogFacets(DataSource dataSource, int maxScanned, int maxValues) {
        this.dataSource = dataSource;
        this.maxScanned = maxScanned;
        this.maxValues = maxValues;
    }

    /** The facets of the products a search with these criteria finds for a buyer under the contract (or none). */
    public Facets facets(ContractTerms contract, String text, String unspscPrefix, String manufacturer) {
        String words = text == null ? "" : text.trim();
        String unspsc = blankToNull(unspscPrefix);
        String maker = blankToNull(manufacturer);
        boolean restricted = contract != null && contract.assortment() == ContractTerms.Assortment.CONTRACT_LINES;
        String sql = STATEMENTS[(words.isEmpty() ? 0 : 1) | (unspsc != null ? 2 : 0) | (maker != null ? 4 : 0)
                | (restricted ? 8 : 0)];
        Map<String, Long> families = new HashMap<>();
        List<Value> makers = new ArrayList<>();
        long counted = 0;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            if (!words.isEmpty()) {
                s.setString(i++, words);
            }
            if (restricted) {
                s.setLong(i++, contract.id());
            }
            if (unspsc != null) {
                s.setString(i++, unspsc);
            }
            if (maker != null) {
                s.setString(i++, maker);
            }
            s.setInt(i, maxScanned);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long n = rs.getLong("n");
                    if (rs.getInt("by_maker") == 1) {
                        String name = rs.getString("maker");
                        if (name != null && !name.isBlank()) {
                            makers.add(new Value(null, name, n));
                        }
                    } else {
                        counted += n;
                        String family = rs.getString("family");
                        if (family != null && family.length() == 4) {
                            families.merge(family, n, Long::sum);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count the catalog's facets", e);
        }
        Map<String, Long> segments = new HashMap<>();
        families.forEach((family, n) -> segments.merge(family.substring(0, 2), n, Long::sum));
        return new Facets(named(segments), named(families), top(makers), counted, counted < maxScanned);
    }

    private List<Value> named(Map<String, Long> counts) {
        List<Value> values = new ArrayList<>();
        counts.forEach((code, n) -> values.add(new Value(code, UnspscNames.name(code), n)));
        return top(values);
    }

    private List<Value> top(List<Value> values) {
        values.sort(Comparator.comparingLong(Value::count).reversed()
                .thenComparing(v -> v.code() == null ? v.name() : v.code()));
        return List.copyOf(values.subList(0, Math.min(values.size(), maxValues)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
