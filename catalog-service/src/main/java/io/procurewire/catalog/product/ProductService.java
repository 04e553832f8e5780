package io.procurewire.catalog.product;

import io.procurewire.catalog.pricing.PriceVersions;
import io.procurewire.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Product use cases. A list price or currency change draws a new price version and leaves a history row. */
@ApplicationScoped
public class ProductService {

    private final PriceVersions priceVersions;

    ProductService(PriceVersions priceVersions) {
        this.priceVersions = priceVersions;
    }

    @Transactional
    public Product create(ProductData data) {
        validate(data);
        if (Product.findByKey(data.supplierPartId(), data.supplierPartAuxiliaryId()).isPresent()) {
            throw ProblemException.conflict("product " + data.key() + " already exists");
        }
        return insert(data, "api");
    }

    @Transactional
    public Product update(ProductKey key, ProductData data) {
        validate(data);
        if (!key.equals(data.key())) {
            throw ProblemException.badRequest("the body names product " + data.key() + " but the path names " + key);
        }
        Product product = Product.findByKey(key.supplierPartId(), key.supplierPartAuxiliaryId())
                .orElseThrow(() -> ProblemException.notFound("product", key));
        apply(product, data, "api");
        return product;
    }

    @Transactional
    public Product discontinue(ProductKey key) {
        Product product = Product.findByKey(key.supplierPartId(), key.supplierPartAuxiliaryId())
                .orElseThrow(() -> ProblemException.notFound("product", key));
        if (product.active) {
            product.active = false;
            product.updatedAt = Instant.now();
        }
        return product;
    }

    /** Inserts a new product; the caller has validated the data and holds a transaction. */
    public Product insert(ProductData data, String changedBy) {
        Product product = new Product();
        product.supplierPartId = data.supplierPartId();
        product.supplierPartAuxiliaryId = data.key().supplierPartAuxiliaryId();
        copy(data, product);
        product.priceVersion = priceVersions.next();
        product.createdAt = product.updatedAt = Instant.now();
        product.persist();
        recordPrice(product, changedBy);
        return product;
    }

    /** Overwrites a product with the given data; bumps the price version only when the price changed. */
    public void apply(Product product, ProductData data, String changedBy) {
        boolean priceChanged = product.listPrice.compareTo(data.listPrice()) != 0
                || !product.currency.equals(data.currency());
        copy(data, product);
        product.updatedAt = Instant.now();
        if (priceChanged) {
            product.priceVersion = priceVersions.next();
            recordPrice(product, changedBy);
        }
    }

    /** Names of the fields in which the data differs from the stored product (empty: unchanged). */
    public static List<String> differences(Product p, ProductData d) {
        Map<String, Boolean> same = new LinkedHashMap<>();
        same.put("name", Objects.equals(p.name, d.name()));
        same.put("description", Objects.equals(emptyToNull(p.description), emptyToNull(d.description())));
        same.put("manufacturerName", Objects.equals(emptyToNull(p.manufacturerName), emptyToNull(d.manufacturerName())));
        same.put("manufacturerPartId", Objects.equals(emptyToNull(p.manufacturerPartId), emptyToNull(d.manufacturerPartId())));
        same.put("unspsc", Objects.equals(emptyToNull(p.unspsc), emptyToNull(d.unspsc())));
        same.put("unitOfMeasure", Objects.equals(p.unitOfMeasure, d.unitOfMeasure()));
        same.put("listPrice", p.listPrice.compareTo(d.listPrice()) == 0);
        same.put("currency", Objects.equals(p.currency, d.currency()));
        same.put("leadTimeDays", Objects.equals(p.leadTimeDays, d.leadTimeDays()));
        same.put("imageUrl", Objects.equals(emptyToNull(p.imageUrl), emptyToNull(d.imageUrl())));
        same.put("attributes", Objects.equals(p.attributes == null ? Map.of() : p.attributes,
                d.attributes() == null ? Map.of() : d.attributes()));
        same.put("active", p.active == d.isActive());
        return same.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
    }

    private static void copy(ProductData d, Product p) {
        p.name = d.name();
        p.description = emptyToNull(d.description());
        p.manufacturerName = emptyToNull(d.manufacturerName());
        p.manufacturerPartId = emptyToNull(d.manufacturerPartId());
        p.unspsc = emptyToNull(d.unspsc());
        p.unitOfMeasure = d.unitOfMeasure();
        p.listPrice = d.listPrice();
        p.currency = d.currency();
        p.leadTimeDays = d.leadTimeDays();
        p.imageUrl = emptyToNull(d.imageUrl());
        p.attributes = d.attributes() == null ? new TreeMap<>() : new TreeMap<>(d.attributes());
        p.active = d.isActive();
    }

    private void recordPrice(Product product, String changedBy) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("listPrice", product.listPrice.toPlainString());
        snapshot.put("currency", product.currency);
        priceVersions.record(product.priceVersion, "PRODUCT", product.id, null, null, product.supplierPartId,
                product.supplierPartAuxiliaryId, snapshot, changedBy);
    }

    static void validate(ProductData data) {
        List<ProductRules.Violation> violations = ProductRules.check(data);
        if (!violations.isEmpty()) {
            throw new ProblemException(400, "Bad Request", "The product is not valid: " + violations.size()
                    + " problem(s)", null, Map.of("errors", violations.stream()
                    .map(v -> Map.of("field", v.field(), "message", v.message())).toList()));
        }
    }

    static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    static BigDecimal nonNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
