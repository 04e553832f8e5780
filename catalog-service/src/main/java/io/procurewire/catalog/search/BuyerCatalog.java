package io.procurewire.catalog.search;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.procurewire.catalog.pricing.ContractTerms;
import io.procurewire.catalog.pricing.LineTerms;
import io.procurewire.catalog.pricing.ProductPrice;
import io.procurewire.catalog.pricing.Tier;
import io.procurewire.catalog.product.ProductKey;
import io.procurewire.problem.ProblemException;

import javax.sql.DataSource;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The buyer's view of the catalog, read with plain JDBC because it is the hot path: the shop's searches and
 * quotes. A whole cart costs two statements (the contract, then all lines at once through unnest), never one per line.
 * Plain class so the benchmark runs exactly this code against a bare DataSource.
 */
public class BuyerCatalog {

    private static final TypeReference<List<Tier>> TIERS = new TypeReference<>() {
    };

    private static final String CONTRACT_COLUMNS = "id, code, buyer_code, currency, effective_from, effective_to, "
            + "default_discount_percent, assortment, price_version";

    private static final String ITEM_COLUMNS = "p.id, p.supplier_part_id, p.supplier_part_auxiliary_id, p.name, "
            + "p.description, p.manufacturer_name, p.manufacturer_part_id, p.unspsc, p.unit_of_measure, p.list_price, "
            + "p.currency, p.lead_time_days, p.image_url, p.active, p.price_version, l.id AS line_id, l.fixed_price, "
            + "l.discount_percent, l.tiers::text AS tiers, l.valid_from, l.valid_to, l.price_version AS line_version";

    private static final String RESOLVE_SQL = "SELECT r.ord, " + ITEM_COLUMNS
            + " FROM unnest(?::varchar[], ?::varchar[]) WITH ORDINALITY AS r(part, aux, ord)"
            + " JOIN LATERAL (SELECT * FROM product x WHERE x.supplier_part_id = r.part"
            + "   AND (r.aux IS NULL OR x.supplier_part_auxiliary_id = r.aux)"
            + "   ORDER BY (x.supplier_part_auxiliary_id = '') DESC, x.id LIMIT 1) p ON true"
            + " LEFT JOIN contract_line l ON l.product_id = p.id AND l.contract_id = ?";

    /*
     * One product: the same row as RESOLVE_SQL without the arrays. PostgreSQL re-plans the unnest statement on every
     * execution (its generic plan, estimated for 100 array elements, never wins), which costs a single item read
     * more than running it; this statement is planned once per connection and reused.
     */
    private static final String RESOLVE_ONE_SQL = "SELECT 1 AS ord, " + ITEM_COLUMNS
            + " FROM (SELECT * FROM product x WHERE x.supplier_part_id = ?"
            + "   AND (?::varchar IS NULL OR x.supplier_part_auxiliary_id = ?::varchar)"
            + "   ORDER BY (x.supplier_part_auxiliary_id = '') DESC, x.id LIMIT 1) p"
            + " LEFT JOIN contract_line l ON l.product_id = p.id AND l.contract_id = ?";

    /*
     * An item read in one statement and one round trip: the governing contract (the named one, or the buyer's
     * effective one with the latest start), the product and its line in that contract. Always one row; the contract
     * and product columns are null when there is none. Variants: contract named or not, auxiliary ID given or not,
     * so that each statement holds only its own predicates and is planned once per connection.
     */
    private static final String CONTRACT_AS = "k.id AS k_id, k.code AS k_code, k.buyer_code AS k_buyer_code, "
            + "k.currency AS k_currency, k.effective_from AS k_effective_from, k.effective_to AS k_effective_to, "
            + "k.default_discount_percent AS k_default_discount_percent, k.assortment AS k_assortment, "
            + "k.price_version AS k_price_version";

    private static final String[] READ_STATEMENTS = {readSql(false, false), readSql(false, true), readSql(true, false),
            readSql(true, true)};

    static String readSql(boolean namedContract, boolean auxiliaryId) {
        return "SELECT " + CONTRACT_AS + ", " + ITEM_COLUMNS + ", p.attributes::text AS attributes FROM (SELECT 1) one"
                + " LEFT JOIN LATERAL (SELECT " + CONTRACT_COLUMNS + " FROM contract"
                + (namedContract ? " WHERE code = ?"
                        : " WHERE buyer_code = ? AND effective_from <= ? AND (effective_to IS NULL OR effective_to >= ?)"
                        + " ORDER BY effective_from DESC, code LIMIT 1") + ") k ON true"
                + " LEFT JOIN LATERAL (SELECT * FROM product x WHERE x.supplier_part_id = ?"
                + (auxiliaryId ? " AND x.supplier_part_auxiliary_id = ?" : "")
                + " ORDER BY (x.supplier_part_auxiliary_id = '') DESC, x.id LIMIT 1) p ON true"
                + " LEFT JOIN contract_line l ON l.product_id = p.id AND l.contract_id = k.id";
    }

    /**
     * An item read: the contract governing the buyer's view (null: none, list prices), the product (null: unknown)
     * and its attributes in key order (empty when it has none or is unknown).
     */
    public record ItemRead(ContractTerms contract, BuyerItem item, Map<String, String> attributes) {
    }

    private static final TypeReference<TreeMap<String, String>> ATTRIBUTES = new TypeReference<>() {
    };

    /**
     * Search statements: one per combination of the criteria present (text, UNSPSC prefix, manufacturer, assortment
     * restricted to contract lines) and per purpose (page or count), each holding only its own predicates. A
     * catch-all form ({@code ? IS NULL OR ...}) would be one statement whose generic plan suits no combination;
     * these are prepared once per connection each and planned for what they filter.
     *
     * <p>Bounded work per query: the inner select takes at most {@code maxMatches + 1} matches (a parameter),
     * so a broad word that matches thousands of products costs as much as one that matches a thousand. Without text
     * they are the first in part-number order (paging is exact up to {@code maxMatches}); with text they are the
     * first matches PostgreSQL finds, ranked by {@code ts_rank} among themselves: exact ranking when a query matches
     * at most {@code maxMatches} products, else the best of those found. The count is never taken beyond them.
     */
    private static final String[] SEARCH_STATEMENTS = new String[32];

    static {
        for (int variant = 0; variant < SEARCH_STATEMENTS.length; variant++) {
            SEARCH_STATEMENTS[variant] = searchSql((variant & 1) != 0, (variant & 2) != 0, (variant & 4) != 0,
                    (variant & 8) != 0, (variant & 16) != 0);
        }
    }

    static String searchSql(boolean text, boolean unspsc, boolean manufacturer, boolean restricted, boolean count) {
        // the matches: narrow rows (id, sort keys, rank), so that taking, ranking and counting up to maxMatches + 1 of
        // them reads no other column and joins nothing but a restricted assortment's lines
        StringBuilder matches = new StringBuilder(count ? "SELECT 1"
                : "SELECT p.id, p.supplier_part_id, p.supplier_part_auxiliary_id"
                + (text ? ", ts_rank(p.search_vector, q.query) AS rank" : ""));
        matches.append(" FROM product p");
        if (text) {
            matches.append(SearchCriteria.TEXT_QUERY);
        }
        if (restricted) {
            matches.append(" JOIN contract_line r ON r.product_id = p.id AND r.contract_id = ?");
        }
        SearchCriteria.appendWhere(matches, text, unspsc, manufacturer);
        if (!text && !count) {
            matches.append(" ORDER BY p.supplier_part_id, p.supplier_part_auxiliary_id");
        }
        matches.append(" LIMIT ?");
        if (count) {
            return "SELECT count(*) FROM (" + matches + ") m";
        }
        String order = (text ? " ORDER BY m.rank DESC, m.supplier_part_id, m.supplier_part_auxiliary_id"
                : " ORDER BY m.supplier_part_id, m.supplier_part_auxiliary_id");
        // then the page of them (counted before it is cut), and only its rows read in full with the buyer's line
        return "SELECT " + ITEM_COLUMNS + ", m.total FROM (SELECT m.*, count(*) OVER () AS total FROM (" + matches
                + ") m" + order + " LIMIT ? OFFSET ?) m"
                + " JOIN product p ON p.id = m.id"
                + " LEFT JOIN contract_line l ON l.product_id = p.id AND l.contract_id = ?" + order;
    }

    private static String searchStatement(boolean text, String unspsc, String manufacturer, boolean restricted, boolean count) {
        return SEARCH_STATEMENTS[(text ? 1 : 0) | (unspsc != null ? 2 : 0) | (manufacturer != null ? 4 : 0)
                | (restricted ? 8 : 0) | (count ? 16 : 0)];
    }

    /**
     * Binds the matching parameters of a {@link #searchSql} statement in its order (text, restricted assortment's
     * contract, UNSPSC prefix, manufacturer); returns the next parameter index.
     */
    private static int bindSearch(PreparedStatement s, String text, ContractTerms contract, boolean restricted,
                                  String unspsc, String manufacturer) throws SQLException {
        int i = 1;
        if (!text.isEmpty()) {
            s.setString(i++, text);
        }
        if (restricted) {
            s.setLong(i++, contract.id());
        }
        if (unspsc != null) {
            s.setString(i++, unspsc);
        }
        if (manufacturer != null) {
            s.setString(i++, manufacturer);
        }
        return i;
    }

    /** Most matches a search ranks and counts (procurewire.catalog.search-max-matches). */
    public static final int DEFAULT_MAX_MATCHES = 1000;

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final int maxMatches;

    public BuyerCatalog(DataSource dataSource, ObjectMapper json) {
        this(dataSource, json, DEFAULT_MAX_MATCHES);
    }

    public BuyerCatalog(DataSource dataSource, ObjectMapper json, int maxMatches) {
        this.dataSource = dataSource;
        this.json = json;
        this.maxMatches = maxMatches;
    }

    /** One line of a lookup: auxiliaryId null matches the product without one first, else any with the part ID. */
    public record Lookup(String supplierPartId, String auxiliaryId) {
    }

    public record SearchQuery(String text, String unspscPrefix, String manufacturer, int page, int size) {
    }

    /**
     * A page of matches; {@code total} counts them up to the search's bound, and {@code totalCapped} says more
     * products match than it counts (the shop shows "1000+").
     */
    public record SearchResult(List<BuyerItem> items, long total, boolean totalCapped) {
    }

    /**
     * The contract governing a buyer's view on a date: the named one (which must belong to the buyer and be effective),
     * else the buyer's effective contract with the latest start (ties: lowest code), else none (list prices).
     */
    public Optional<ContractTerms> contractFor(String buyerCode, String contractCode, LocalDate date) {
        try (Connection c = dataSource.getConnection()) {
            if (contractCode != null && !contractCode.isBlank()) {
                try (PreparedStatement s = c.prepareStatement("SELECT " + CONTRACT_COLUMNS + " FROM contract WHERE code = ?")) {
                    s.setString(1, contractCode);
                    try (ResultSet rs = s.executeQuery()) {
                        if (!rs.next() || !rs.getString("buyer_code").equals(buyerCode)) {
                            throw ProblemException.notFound("contract " + contractCode + " of buyer", buyerCode);
                        }
                        ContractTerms terms = contract(rs);
                        if (!terms.effectiveOn(date)) {
                            throw ProblemException.unprocessable("contract " + contractCode + " is not effective on "
                                    + date, Map.of("contractCode", contractCode, "date", date.toString()));
                        }
                        return Optional.of(terms);
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT " + CONTRACT_COLUMNS + " FROM contract"
                    + " WHERE buyer_code = ? AND effective_from <= ? AND (effective_to IS NULL OR effective_to >= ?)"
                    + " ORDER BY effective_from DESC, code LIMIT 1")) {
                s.setString(1, buyerCode);
                s.setObject(2, date);
                s.setObject(3, date);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(contract(rs)) : Optional.empty();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the contract of buyer " + buyerCode, e);
        }
    }

    /**
     * One product as a buyer sees it, with the contract that governs the view, in one statement: the same answers and
     * errors as {@link #contractFor} followed by {@link #find} with one lookup (404 for a contract of another buyer
     * or unknown, 422 for one not effective on the date).
     */
    public ItemRead read(String buyerCode, String contractCode, Lookup lookup, LocalDate date) {
        boolean named = contractCode != null && !contractCode.isBlank();
        boolean aux = lookup.auxiliaryId() != null;
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(READ_STATEMENTS[(named ? 2 : 0) | (aux ? 1 : 0)])) {
            int i = 1;
            if (named) {
                s.setString(i++, contractCode);
            } else {
                s.setString(i++, buyerCode);
                s.setObject(i++, date);
                s.setObject(i++, date);
            }
            s.setString(i++, lookup.supplierPartId());
            if (aux) {
                s.setString(i, lookup.auxiliaryId());
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                ContractTerms contract = null;
                rs.getLong("k_id");
                if (!rs.wasNull()) {
                    contract = contract(rs, "k_");
                }
                if (named) {
                    if (contract == null || !contract.buyerCode().equals(buyerCode)) {
                        throw ProblemException.notFound("contract " + contractCode + " of buyer", buyerCode);
                    }
                    if (!contract.effectiveOn(date)) {
                        throw ProblemException.unprocessable("contract " + contractCode + " is not effective on "
                                + date, Map.of("contractCode", contractCode, "date", date.toString()));
                    }
                }
                rs.getLong("id");
                if (rs.wasNull()) {
                    return new ItemRead(contract, null, Map.of());
                }
                BuyerItem item = item(rs);
                return new ItemRead(contract, item, attributes(rs.getString("attributes"), item.productId()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read product " + lookup.supplierPartId(), e);
        }
    }

    private BuyerItem findOne(ContractTerms contract, Lookup lookup) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(RESOLVE_ONE_SQL)) {
            s.setString(1, lookup.supplierPartId());
            s.setString(2, lookup.auxiliaryId());
            s.setString(3, lookup.auxiliaryId());
            setContract(s, 4, contract);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? item(rs) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read product " + lookup.supplierPartId(), e);
        }
    }

    /** The products named by the lookups, in one statement; the list has the lookups' order, null where unknown. */
    public List<BuyerItem> find(ContractTerms contract, List<Lookup> lookups) {
        List<BuyerItem> found = new ArrayList<>(lookups.size());
        for (int i = 0; i < lookups.size(); i++) {
            found.add(null);
        }
        if (lookups.isEmpty()) {
            return found;
        }
        if (lookups.size() == 1) {
            found.set(0, findOne(contract, lookups.getFirst()));
            return found;
        }
        String[] parts = new String[lookups.size()];
        String[] auxes = new String[lookups.size()];
        for (int i = 0; i < lookups.size(); i++) {
            parts[i] = lookups.get(i).supplierPartId();
            auxes[i] = lookups.get(i).auxiliaryId();
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(RESOLVE_SQL)) {
            Array partArray = c.createArrayOf("varchar", parts);
            Array auxArray = c.createArrayOf("varchar", auxes);
            s.setArray(1, partArray);
            s.setArray(2, auxArray);
            setContract(s, 3, contract);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.set(rs.getInt("ord") - 1, item(rs));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read products", e);
        }
    }

    public SearchResult search(ContractTerms contract, SearchQuery query) {
        String text = query.text() == null ? "" : query.text().trim();
        boolean noText = text.isEmpty();
        String unspsc = blankToNull(query.unspscPrefix());
        String manufacturer = blankToNull(query.manufacturer());
        boolean restricted = contract != null && contract.assortment() == ContractTerms.Assortment.CONTRACT_LINES;
        long offset = (long) query.page() * query.size();
        if (offset >= maxMatches) {
            // beyond the bound: no page to read, only the (bounded) count
            try (Connection c = dataSource.getConnection()) {
                long matches = count(c, text, contract, unspsc, manufacturer, restricted);
                return new SearchResult(List.of(), Math.min(matches, maxMatches), matches > maxMatches);
            } catch (SQLException e) {
                throw new IllegalStateException("could not search the catalog", e);
            }
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(searchStatement(!noText, unspsc, manufacturer, restricted, false))) {
            int i = bindSearch(s, text, contract, restricted, unspsc, manufacturer);
            s.setInt(i++, maxMatches + 1);
            // never past the bound: the match after it only tells that there are more
            s.setLong(i++, Math.min(query.size(), maxMatches - offset));
            s.setLong(i++, offset);
            setContract(s, i, contract);
            List<BuyerItem> items = new ArrayList<>();
            long matches = -1;
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    items.add(item(rs));
                    matches = rs.getLong("total");
                }
            }
            if (matches < 0) {
                // past the last page (or nothing matched): the window count is not there, count directly
                matches = query.page() == 0 ? 0 : count(c, text, contract, unspsc, manufacturer, restricted);
            }
            return new SearchResult(items, Math.min(matches, maxMatches), matches > maxMatches);
        } catch (SQLException e) {
            throw new IllegalStateException("could not search the catalog", e);
        }
    }

    /** Every active product visible under the contract, in part-number order, streamed (export and sync). */
    public void forEachVisible(ContractTerms contract, Consumer<BuyerItem> consumer) {
        boolean restricted = contract != null && contract.assortment() == ContractTerms.Assortment.CONTRACT_LINES;
        String sql = "SELECT " + ITEM_COLUMNS + " FROM product p"
                + " LEFT JOIN contract_line l ON l.product_id = p.id AND l.contract_id = ?"
                + " WHERE p.active" + (restricted ? " AND l.id IS NOT NULL" : "")
                + " ORDER BY p.supplier_part_id, p.supplier_part_auxiliary_id";
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            if (autoCommit) {
                c.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
            }
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setFetchSize(1000);
                setContract(s, 1, contract);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        consumer.accept(item(rs));
                    }
                }
            } finally {
                if (autoCommit) {
                    c.commit();
                    c.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the catalog", e);
        }
    }

    /** All visible items keyed by product key (sync needs random access to the buyer's view). */
    public Map<ProductKey, BuyerItem> visibleByKey(ContractTerms contract) {
        Map<ProductKey, BuyerItem> items = new HashMap<>();
        forEachVisible(contract, item -> items.put(new ProductKey(item.supplierPartId(), item.ownAuxiliaryId()), item));
        return items;
    }

    private long count(Connection c, String text, ContractTerms contract, String unspsc, String manufacturer,
                       boolean restricted) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(searchStatement(!text.isEmpty(), unspsc, manufacturer, restricted, true))) {
            int i = bindSearch(s, text, contract, restricted, unspsc, manufacturer);
            s.setInt(i, maxMatches + 1);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void setContract(PreparedStatement s, int index, ContractTerms contract) throws SQLException {
        if (contract == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, contract.id());
        }
    }

    private BuyerItem item(ResultSet rs) throws SQLException {
        LineTerms line = null;
        rs.getLong("line_id");
        if (!rs.wasNull()) {
            line = new LineTerms(rs.getBigDecimal("fixed_price"), rs.getBigDecimal("discount_percent"),
                    tiers(rs.getString("tiers")), rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                    rs.getLong("line_version"));
        }
        int leadTime = rs.getInt("lead_time_days");
        Integer leadTimeDays = rs.wasNull() ? null : leadTime;
        return new BuyerItem(rs.getLong("id"), rs.getString("supplier_part_id"), rs.getString("supplier_part_auxiliary_id"),
                rs.getString("name"), rs.getString("description"), rs.getString("manufacturer_name"),
                rs.getString("manufacturer_part_id"), rs.getString("unspsc"), rs.getString("unit_of_measure"),
                leadTimeDays, rs.getString("image_url"),
                new ProductPrice(rs.getBigDecimal("list_price"), rs.getString("currency"), rs.getLong("price_version"),
                        rs.getBoolean("active")), line);
    }

    private Map<String, String> attributes(String text, long productId) {
        if (text == null || text.equals("{}")) {
            return Map.of();
        }
        try {
            return json.readValue(text, ATTRIBUTES);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException("unreadable attributes of product " + productId, e);
        }
    }

    private List<Tier> tiers(String text) {
        if (text == null || text.equals("[]")) {
            return List.of();
        }
        try {
            return json.readValue(text, TIERS);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException("unreadable tiers " + text, e);
        }
    }

    private static ContractTerms contract(ResultSet rs) throws SQLException {
        return contract(rs, "");
    }

    private static ContractTerms contract(ResultSet rs, String prefix) throws SQLException {
        return new ContractTerms(rs.getLong(prefix + "id"), rs.getString(prefix + "code"), rs.getString(prefix + "buyer_code"),
                rs.getString(prefix + "currency"), rs.getObject(prefix + "effective_from", LocalDate.class),
                rs.getObject(prefix + "effective_to", LocalDate.class), rs.getBigDecimal(prefix + "default_discount_percent"),
                ContractTerms.Assortment.valueOf(rs.getString(prefix + "assortment")), rs.getLong(prefix + "price_version"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static BigDecimal one() {
        return BigDecimal.ONE;
    }
}
