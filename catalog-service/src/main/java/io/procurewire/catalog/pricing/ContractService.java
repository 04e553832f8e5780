package io.procurewire.catalog.pricing;

import io.procurewire.catalog.product.Product;
import io.procurewire.catalog.product.ProductKey;
import io.procurewire.catalog.product.ProductRules;
import io.procurewire.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Contract and price-list use cases; every change of price terms draws a price version and writes history. */
@ApplicationScoped
public class ContractService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final PriceVersions priceVersions;

    ContractService(PriceVersions priceVersions) {
        this.priceVersions = priceVersions;
    }

    @Transactional
    public Contract create(ContractData data) {
        validate(data);
        if (Contract.findByCode(data.code()).isPresent()) {
            throw ProblemException.conflict("contract " + data.code() + " already exists");
        }
        Contract contract = new Contract();
        contract.code = data.code();
        contract.buyerCode = data.buyerCode();
        copy(data, contract);
        contract.priceVersion = priceVersions.next();
        contract.createdAt = contract.updatedAt = Instant.now();
        contract.persist();
        recordTerms(contract);
        return contract;
    }

    @Transactional
    public Contract update(String code, ContractData data) {
        validate(data);
        Contract contract = find(code);
        if (!code.equals(data.code()) || !contract.buyerCode.equals(data.buyerCode())) {
            throw ProblemException.badRequest("code and buyerCode of a contract cannot change");
        }
        boolean termsChanged = !Objects.equals(contract.currency, data.currency())
                || !Objects.equals(contract.effectiveFrom, data.effectiveFrom())
                || !Objects.equals(contract.effectiveTo, data.effectiveTo())
                || compare(contract.defaultDiscountPercent, data.defaultDiscountPercent()) != 0
                || contract.assortment != assortment(data);
        copy(data, contract);
        contract.updatedAt = Instant.now();
        if (termsChanged) {
            contract.priceVersion = priceVersions.next();
            recordTerms(contract);
        }
        return contract;
    }

    /** Creates or replaces the product's line; answers whether it was created. */
    @Transactional
    public ContractLine putLine(String code, ProductKey key, LineData data) {
        Contract contract = find(code);
        validate(data);
        Product product = Product.findByKey(key.supplierPartId(), key.supplierPartAuxiliaryId())
                .orElseThrow(() -> ProblemException.notFound("product", key));
        ContractLine line = ContractLine.<ContractLine>find("contract = ?1 and product = ?2", contract, product)
                .firstResultOptional().orElse(null);
        boolean created = line == null;
        if (created) {
            line = new ContractLine();
            line.contract = contract;
            line.product = product;
            line.createdAt = Instant.now();
        }
        line.fixedPrice = data.fixedPrice();
        line.discountPercent = data.discountPercent();
        line.tiers = data.tiers() == null ? new ArrayList<>()
                : data.tiers().stream().sorted(Comparator.comparing(Tier::minQuantity)).toList();
        line.validFrom = data.validFrom();
        line.validTo = data.validTo();
        line.updatedAt = Instant.now();
        line.priceVersion = priceVersions.next();
        if (created) {
            line.persist();
        }
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("currency", contract.currency);
        snapshot.put("fixedPrice", plain(line.fixedPrice));
        snapshot.put("discountPercent", plain(line.discountPercent));
        snapshot.put("tiers", line.tiers.stream().map(t -> Map.of("minQuantity", t.minQuantity().toPlainString(),
                "unitPrice", t.unitPrice().toPlainString())).toList());
        snapshot.put("validFrom", line.validFrom == null ? null : line.validFrom.toString());
        snapshot.put("validTo", line.validTo == null ? null : line.validTo.toString());
        priceVersions.record(line.priceVersion, "CONTRACT_LINE", product.id, contract.id, contract.code,
                product.supplierPartId, product.supplierPartAuxiliaryId, snapshot, "api");
        return line;
    }

    @Transactional
    public void removeLine(String code, ProductKey key) {
        Contract contract = find(code);
        Product product = Product.findByKey(key.supplierPartId(), key.supplierPartAuxiliaryId())
                .orElseThrow(() -> ProblemException.notFound("product", key));
        ContractLine line = ContractLine.<ContractLine>find("contract = ?1 and product = ?2", contract, product)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("line of contract " + code + " for product", key));
        line.delete();
        priceVersions.record(priceVersions.next(), "CONTRACT_LINE_REMOVED", product.id, contract.id, contract.code,
                product.supplierPartId, product.supplierPartAuxiliaryId, Map.of("removed", true), "api");
    }

    public static Contract find(String code) {
        return Contract.findByCode(code).orElseThrow(() -> ProblemException.notFound("contract", code));
    }

    private void recordTerms(Contract c) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("currency", c.currency);
        snapshot.put("effectiveFrom", c.effectiveFrom.toString());
        snapshot.put("effectiveTo", c.effectiveTo == null ? null : c.effectiveTo.toString());
        snapshot.put("defaultDiscountPercent", plain(c.defaultDiscountPercent));
        snapshot.put("assortment", c.assortment.name());
        priceVersions.record(c.priceVersion, "CONTRACT", null, c.id, c.code, null, null, snapshot, "api");
    }

    private static void copy(ContractData d, Contract c) {
        c.name = d.name();
        c.currency = d.currency();
        c.effectiveFrom = d.effectiveFrom();
        c.effectiveTo = d.effectiveTo();
        c.defaultDiscountPercent = d.defaultDiscountPercent();
        c.assortment = assortment(d);
    }

    private static ContractTerms.Assortment assortment(ContractData d) {
        return d.assortment() == null ? ContractTerms.Assortment.ALL : d.assortment();
    }

    static void validate(ContractData d) {
        List<Map<String, String>> errors = new ArrayList<>();
        if (d.code() == null || !d.code().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            errors.add(error("code", "is required: 1-64 letters, digits, '.', '_' or '-'"));
        }
        if (d.buyerCode() == null || !d.buyerCode().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            errors.add(error("buyerCode", "is required: 1-64 letters, digits, '.', '_' or '-'"));
        }
        String currencyProblem = ProductRules.currencyProblem(d.currency());
        if (currencyProblem != null) {
            errors.add(error("currency", currencyProblem));
        }
        if (d.effectiveFrom() == null) {
            errors.add(error("effectiveFrom", "is required"));
        } else if (d.effectiveTo() != null && d.effectiveTo().isBefore(d.effectiveFrom())) {
            errors.add(error("effectiveTo", "must not be before effectiveFrom"));
        }
        if (d.defaultDiscountPercent() != null && !isPercent(d.defaultDiscountPercent())) {
            errors.add(error("defaultDiscountPercent", "must be between 0 and 100"));
        }
        reject(errors, "contract");
    }

    static void validate(LineData d) {
        List<Map<String, String>> errors = new ArrayList<>();
        boolean hasTiers = d.tiers() != null && !d.tiers().isEmpty();
        if (d.fixedPrice() == null && d.discountPercent() == null && !hasTiers) {
            errors.add(error("fixedPrice", "one of fixedPrice, discountPercent or tiers is required"));
        }
        if (d.fixedPrice() != null && d.fixedPrice().signum() < 0) {
            errors.add(error("fixedPrice", "must not be negative"));
        }
        if (d.discountPercent() != null && !isPercent(d.discountPercent())) {
            errors.add(error("discountPercent", "must be between 0 and 100"));
        }
        if (hasTiers) {
            Set<BigDecimal> seen = new HashSet<>();
            for (int i = 0; i < d.tiers().size(); i++) {
                Tier t = d.tiers().get(i);
                if (t == null || t.minQuantity() == null || t.minQuantity().signum() <= 0) {
                    errors.add(error("tiers[" + i + "].minQuantity", "must be greater than 0"));
                } else if (!seen.add(t.minQuantity().stripTrailingZeros())) {
                    errors.add(error("tiers[" + i + "].minQuantity", "is repeated"));
                }
                if (t == null || t.unitPrice() == null || t.unitPrice().signum() < 0) {
                    errors.add(error("tiers[" + i + "].unitPrice", "is required and must not be negative"));
                }
            }
        }
        if (d.validFrom() != null && d.validTo() != null && d.validTo().isBefore(d.validFrom())) {
            errors.add(error("validTo", "must not be before validFrom"));
        }
        reject(errors, "contract line");
    }

    private static void reject(List<Map<String, String>> errors, String what) {
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "Bad Request", "The " + what + " is not valid: " + errors.size()
                    + " problem(s)", null, Map.of("errors", errors));
        }
    }

    private static boolean isPercent(BigDecimal value) {
        return value.signum() >= 0 && value.compareTo(HUNDRED) <= 0;
    }

    private static Map<String, String> error(String field, String message) {
        return Map.of("field", field, "message", message);
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static int compare(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return a == b ? 0 : 1;
        }
        return a.compareTo(b);
    }
}
