package io.procurewire.catalog.search;

/**
 * The conditions a buyer's search and its facet counts share, as SQL over {@code product p} (and {@code q.query} when
 * there is text): one place, so the facets always count what the search lists. Parameters are bound in this order:
 * text, UNSPSC prefix, manufacturer.
 */
public final class SearchCriteria {

    private SearchCriteria() {
    }

    /** A UNSPSC prefix filter must be a segment, family, class or commodity code; absent or blank means no filter. */
    public static void requireUnspscPrefix(String unspsc) {
        if (unspsc != null && !unspsc.isBlank() && !unspsc.matches("\\d{2}(\\d{2}){0,3}")) {
            throw io.procurewire.problem.ProblemException.badRequest("unspsc must be a UNSPSC segment, family, class or "
                    + "commodity code (2, 4, 6 or 8 digits), was '" + unspsc + "'");
        }
    }

    /**
     * The text query as a one-row source {@code q} to join when there is text (its parameter comes first). The
     * {@code OFFSET 0} keeps PostgreSQL from pulling the subquery up into the scan: pulled up, a prepared statement's
     * generic plan (the one it runs after a few executions) parses {@code websearch_to_tsquery} again for every row it
     * checks and ranks, about three quarters of a broad search's time; kept apart, it is parsed once per execution.
     */
    public static final String TEXT_QUERY = " CROSS JOIN (SELECT websearch_to_tsquery('english', ?) AS query OFFSET 0) q";

    /**
     * Appends {@code WHERE p.active} and the chosen conditions. With text, a UNSPSC prefix is one more lexeme of the
     * same index lookup ({@code search_vector} holds each product's codes as {@code 'unspsc 44'}, V5), so PostgreSQL
     * takes exactly the matches in that segment, family, class or commodity from one GIN scan instead of reading every
     * text match to compare its code; the same products as {@code unspsc LIKE prefix || '%'} for a prefix of 2, 4, 6 or
     * 8 digits. A query of stop words only is empty and matches nothing, as without a filter ({@code &&} with an empty
     * query would leave the code alone). Without text the prefix is compared on the row, in part-number order.
     */
    public static void appendWhere(StringBuilder sql, boolean text, boolean unspsc, boolean manufacturer) {
        sql.append(" WHERE p.active");
        if (text && unspsc) {
            sql.append(" AND numnode(q.query) > 0"
                    + " AND p.search_vector @@ (q.query && quote_literal('unspsc ' || ?::varchar)::tsquery)");
        } else if (text) {
            sql.append(" AND p.search_vector @@ q.query");
        } else if (unspsc) {
            sql.append(" AND p.unspsc LIKE ?::varchar || '%'");
        }
        if (manufacturer) {
            sql.append(" AND lower(p.manufacturer_name) = lower(?::varchar)");
        }
    }
}
