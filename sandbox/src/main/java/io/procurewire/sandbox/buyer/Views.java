package io.procurewire.sandbox.buyer;

import io.procurewire.sandbox.api.Timestamps;
import io.procurewire.sandbox.confirmation.SupplierConfirmation;
import io.procurewire.sandbox.po.OrderLine;
import io.procurewire.sandbox.po.PurchaseOrder;
import io.quarkus.qute.TemplateData;

import java.util.List;
import java.util.Map;

/** What the pages show, as plain records (resolvers generated at build time, so pages work in native images too). */
public final class Views {

    private Views() {
    }

    @TemplateData
    public record UserOption(long id, String name, String email) {
    }

    @TemplateData
    public record RequisitionRow(long id, String title, String status, String requester, String total,
                                 String currency) {
    }

    @TemplateData
    public record Line(int lineNum, String supplier, String partNum, String description, String quantity, String uom,
                       String price, String currency, String total, String commodity) {
    }

    @TemplateData
    public record Site(long id, String name) {
    }

    @TemplateData
    public record PoRow(long id, String poNumber, String supplier, String status, int version, String total,
                        String currency) {
    }

    @TemplateData
    public record RequisitionPage(long id, String title, String status, boolean draft, String requester,
                                  List<Line> lines, String total, String currency, List<Site> sites, List<PoRow> orders, String error,
                                  String notice) {
    }

    @TemplateData
    public record Transmission(String type, int version, String status, int attempts, String lastResult) {
    }

    @TemplateData
    public record Confirmation(String type, String confirmId, int poVersion, String noticeDate, String receivedAt,
                               String lines) {
    }

    @TemplateData
    public record PoPage(long id, String poNumber, String status, boolean open, int version, boolean exported,
                         String supplier, String poMethod, String currency, String total, List<Line> lines,
                         List<Transmission> transmissions, Long requisitionId, String confirmationStatus,
                         List<Confirmation> confirmations) {
    }

    static Line line(RequisitionLine l) {
        return new Line(l.lineNum, l.supplier.name, l.supplierPartNum, l.description, plain(l.quantity), l.uom,
                money(l.price), l.currency, l.total().toPlainString(), l.commodity);
    }

    static Line line(OrderLine l) {
        return new Line(l.lineNum, l.purchaseOrder.supplier.name, l.supplierPartNum, l.description, plain(l.quantity),
                l.uom, money(l.price), l.purchaseOrder.currency, l.total().toPlainString(), l.commodity);
    }

    static PoRow row(PurchaseOrder po) {
        return new PoRow(po.id, po.poNumber, po.supplier.name, po.status, po.version, po.total().toPlainString(),
                po.currency);
    }

    /** A unit price as buyers read it: at least two decimals (17.50), more only when the price has them (0.0125). */
    @SuppressWarnings("unchecked")
    static Confirmation confirmation(SupplierConfirmation c) {
        List<Map<String, Object>> items = (List<Map<String, Object>>) c.representation().get("confirmation-items");
        String lines = items.stream().map(i -> "line " + i.get("line-num") + ": " + i.get("status-quantity") + " "
                + i.get("status")).collect(java.util.stream.Collectors.joining("; "));
        return new Confirmation(c.type, c.confirmId, c.poVersion, Timestamps.format(c.noticeDate),
                Timestamps.format(c.receivedAt), lines);
    }

    static String money(java.math.BigDecimal value) {
        java.math.BigDecimal stripped = value.stripTrailingZeros();
        return stripped.setScale(Math.max(2, stripped.scale())).toPlainString();
    }

    static String plain(java.math.BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
