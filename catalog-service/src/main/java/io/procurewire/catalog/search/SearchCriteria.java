package io.procurewire.catalog.search;

/**
 * The conditions a buyer's search and its facet counts share, as SQL over {@code product p} (and {@code q.query} when
 * there is text): one place, so the facets always count what the search lists. Parameters are bound in this order:
 * text, UNSPSC prefix, manufacturer.
 */
public final class SearchCriteria {

    private SearchCriteria() {
    }

    /** Appends {@code WHERE p.active} and the chosen conditions. */
    public static void appendWhere(StringBuilder sql, boolean text, boolean unspsc, boolean manufacturer) {
        sql.append(" WHERE p.active");
        if (text) {
            sql.append(" AND p.search_vector @@ q.query");
        }
        if (unspsc) {
            sql.append(" AND p.unspsc LIKE ?::varchar || '%'");
        }
        if (manufacturer) {
            sql.append(" AND lower(p.manufacturer_name) = lower(?::varchar)");
        }
    }
}
