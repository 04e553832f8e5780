package io.procurewire.ordersync.ledger;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * A purchase order as the ledger keeps it, whichever way it arrived (Core API pull or cXML push): the fields both
 * sources carry. {@link #contentHash()} covers what the ERP must see, so the same PO version pushed and pulled hashes
 * the same, and a changed PO is noticed even when the platform did not raise {@code version}.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record PoSnapshot(String poNumber, Integer platformVersion, String status, String currency,
                         String supplierNumber, String shipToName, String shipToStreet, String shipToCity,
                         String shipToPostalCode, String shipToCountry, String shipToEmail,
                         List<Line> lines) {

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(int lineNumber, String supplierPartNumber, String supplierAuxPartNumber, String description,
                       BigDecimal quantity, BigDecimal unitPrice, String unitOfMeasure, String commodity,
                       String needByDate, boolean deleted) {

        /** What a line change is about; the deleted flag is not content, it is the absence of the line. */
        String contentKey() {
            return lineNumber + "|" + nz(supplierPartNumber) + "|" + nz(supplierAuxPartNumber) + "|" + nz(description)
                    + "|" + plain(quantity) + "|" + plain(unitPrice) + "|" + nz(unitOfMeasure);
        }

        public BigDecimal total() {
            return quantity == null || unitPrice == null ? BigDecimal.ZERO : quantity.multiply(unitPrice);
        }
    }

    public PoSnapshot {
        lines = lines == null ? List.of() : lines.stream().sorted(Comparator.comparingInt(Line::lineNumber)).toList();
    }

    /** Lines the buyer still orders (lines removed by a later version come with show_deleted_lines and are dropped). */
    public List<Line> activeLines() {
        return lines.stream().filter(l -> !l.deleted()).toList();
    }

    public BigDecimal total() {
        return activeLines().stream().map(Line::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** SHA-256 over PO number, status, currency and the active lines' content. */
    public String contentHash() {
        StringBuilder text = new StringBuilder()
                .append(poNumber).append('\n').append(normalizedStatus()).append('\n').append(nz(currency)).append('\n');
        for (Line line : activeLines()) {
            text.append(line.contentKey()).append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** issued, cancelled or closed; Coupa's own guide also spells "canceled". */
    public String normalizedStatus() {
        if (status == null) {
            return "issued";
        }
        String s = status.trim().toLowerCase(java.util.Locale.ROOT);
        return s.equals("canceled") ? "cancelled" : s;
    }

    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    static String nz(String value) {
        return value == null ? "" : value.trim();
    }
}
