package io.procurewire.catalog.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

/**
 * A product's attributes (key/value: colour, size, pack contents, ...) for the buyer's item read. Read by primary key
 * next to the item's price row rather than in it, so that searches, quotes and exports do not carry them.
 */
@ApplicationScoped
public class ProductAttributes {

    private static final TypeReference<TreeMap<String, String>> MAP = new TypeReference<>() {
    };

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;

    ProductAttributes(AgroalDataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** The product's attributes in key order; empty when it has none. */
    public Map<String, String> of(long productId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT attributes::text FROM product WHERE id = ?")) {
            s.setLong(1, productId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next() || rs.getString(1) == null) {
                    return Map.of();
                }
                return json.readValue(rs.getString(1), MAP);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the attributes of product " + productId, e);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("unreadable attributes of product " + productId, e);
        }
    }
}
