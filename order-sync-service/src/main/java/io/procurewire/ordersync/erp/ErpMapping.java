package io.procurewire.ordersync.erp;

import io.procurewire.ordersync.ledger.ErpAction;
import io.procurewire.ordersync.ledger.LineDiff;
import io.procurewire.ordersync.ledger.PoSnapshot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A PO version in the ERP format {@code coupa-json}: the Core API order-header shape (so an ERP adapter that reads
 * Coupa's JSON reads it as is) plus what makes a change a change: {@code action} (create/update/cancel/close),
 * the {@code erp-document-number} an update/cancel/close applies to, and {@code line-changes} against the version
 * last sent. {@code version} is the ERP idempotency key together with {@code po-number}.
 */
public final class ErpMapping {

    private ErpMapping() {
    }

    public static Map<String, Object> toErp(PoSnapshot po, int erpVersion, ErpAction action, String erpDocumentNumber,
                                            LineDiff diff) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("po-number", po.poNumber());
        body.put("version", erpVersion);
        body.put("platform-version", po.platformVersion());
        body.put("action", action.wire());
        if (action != ErpAction.CREATE) {
            body.put("erp-document-number", erpDocumentNumber);
        }
        body.put("status", po.normalizedStatus());
        body.put("currency", Map.of("code", Objects.toString(po.currency(), "")));
        body.put("total", plain(po.total()));
        body.put("supplier", po.supplierNumber() == null ? null : Map.of("number", po.supplierNumber()));
        Map<String, Object> shipTo = new LinkedHashMap<>();
        shipTo.put("name", po.shipToName());
        shipTo.put("street1", po.shipToStreet());
        shipTo.put("city", po.shipToCity());
        shipTo.put("postal-code", po.shipToPostalCode());
        shipTo.put("country", po.shipToCountry() == null ? null : Map.of("code", po.shipToCountry()));
        body.put("ship-to-address", shipTo);
        body.put("ship-to-user", po.shipToEmail() == null ? null : Map.of("email", po.shipToEmail()));
        body.put("order-lines", po.activeLines().stream().map(ErpMapping::line).toList());
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("added", diff.added().stream().map(PoSnapshot.Line::lineNumber).toList());
        changes.put("changed", diff.changed().stream().map(ErpMapping::change).toList());
        changes.put("deleted", diff.deleted().stream().map(PoSnapshot.Line::lineNumber).toList());
        body.put("line-changes", changes);
        return body;
    }

    static Map<String, Object> line(PoSnapshot.Line l) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("line-num", l.lineNumber());
        line.put("description", l.description());
        line.put("quantity", plain(l.quantity()));
        line.put("price", plain(l.unitPrice()));
        line.put("total", plain(l.total()));
        line.put("uom", l.unitOfMeasure() == null ? null : Map.of("code", l.unitOfMeasure()));
        line.put("source-part-num", l.supplierPartNumber());
        line.put("supplier-aux-part-num", l.supplierAuxPartNumber());
        line.put("commodity", l.commodity() == null ? null : Map.of("name", l.commodity()));
        line.put("need-by-date", l.needByDate());
        return line;
    }

    static Map<String, Object> change(LineDiff.Change c) {
        List<String> fields = new ArrayList<>();
        compare(fields, "source-part-num", c.before().supplierPartNumber(), c.after().supplierPartNumber());
        compare(fields, "supplier-aux-part-num", c.before().supplierAuxPartNumber(), c.after().supplierAuxPartNumber());
        compare(fields, "description", c.before().description(), c.after().description());
        compare(fields, "quantity", plain(c.before().quantity()), plain(c.after().quantity()));
        compare(fields, "price", plain(c.before().unitPrice()), plain(c.after().unitPrice()));
        compare(fields, "uom", c.before().unitOfMeasure(), c.after().unitOfMeasure());
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("line-num", c.after().lineNumber());
        change.put("fields", fields);
        return change;
    }

    private static void compare(List<String> fields, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            fields.add(name);
        }
    }

    static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
