package io.procurewire.catalog.search;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The full-text index keeps its pending list small (V5): every search and facet count scans that list, so a large
 * import must not leave thousands of unmerged products in it until autovacuum comes (README, "Benchmark").
 */
@QuarkusTest
class SearchIndexPendingListTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aLargeInsertLeavesAtMostTheLimitsPagesInThePendingList() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                // 2,000 products in one statement: under PostgreSQL's default 4 MB limit about 60 pages stay pending
                s.execute("INSERT INTO product (supplier_part_id, name, description, manufacturer_name, unspsc, "
                        + "unit_of_measure, list_price, currency, price_version) SELECT 'PL-' || g, 'Pending list ' || g, "
                        + "'A pending list test product, model ' || g || ' of many words', 'Pendingco', '44121701', 'EA', "
                        + "1.00, 'USD', nextval('price_version_seq') FROM generate_series(1, 2000) g");
                try (ResultSet rs = s.executeQuery("SELECT gin_clean_pending_list('product_search_idx')")) {
                    rs.next();
                    long pendingPages = rs.getLong(1);
                    // 64 kB is 8 pages; the list is merged once it passes them
                    assertTrue(pendingPages <= 9, "pages pending after 2,000 inserts: " + pendingPages);
                }
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM product"
                        + " WHERE search_vector @@ websearch_to_tsquery('english', 'pending list')")) {
                    rs.next();
                    assertEquals(2000, rs.getLong(1));
                }
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }
}
