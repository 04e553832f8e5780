package io.procurewire.ordersync.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.procurewire.ordersync.OrderSyncConfig;
import io.procurewire.ordersync.platform.PlatformConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;

/**
 * Marks a PO exported on the buyer platform once the ERP has it, and reports the outcome the way the integration's
 * monitoring option says (Coupa's "PO's and PO Changes Integration into your ERP"):
 * <ol>
 * <li>the header custom field carries the status ({@code PUT ?exported=true} + {@code PUT custom-fields});</li>
 * <li>earlier unresolved history records are resolved, then a success record that also marks the PO exported
 * ({@code POST integration_history_records/mark_exported}) or an error record with an alert to the contact;</li>
 * <li>as 2, every record referencing the integration run, errors as integration errors with an alert, earlier
 * integration errors of the PO resolved on success.</li>
 * </ol>
 * Options 2 and 3 look up the PO's unresolved records on every export, success or error, as the guide does
 * (step 3a): one GET per PO, which also finds a success record of the same version created by an attempt whose
 * answer was lost, so it is never posted twice. Option 1 keeps a clean export at two calls per PO.
 */
@ApplicationScoped
public class MonitoringReporter {

    public static final String ORDER_HEADER = "OrderHeader";

    /** What the reporter needs to know about the PO version. */
    public record Report(long platformPoId, String poNumber, int erpVersion, String status, String erpDocumentNumber,
                         Long platformRunId, boolean skipped) {
    }

    private final ObjectMapper json;
    private final OrderSyncConfig config;

    MonitoringReporter(ObjectMapper json, OrderSyncConfig config) {
        this.json = json;
        this.config = config;
    }

    public void exported(int option, PlatformConnection platform, Report report) {
        String message = report.skipped()
                ? "Not sent to the ERP: first seen " + report.status() + ", the ERP never had this PO (version "
                + report.erpVersion() + ")"
                : "Exported to ERP as " + report.erpDocumentNumber() + " (version " + report.erpVersion() + ")";
        if (option == 1) {
            markExported(platform, report.platformPoId());
            platform.update("purchase_orders", report.platformPoId(), Map.of("return_object", "limited"),
                    json.createObjectNode().set("custom-fields", json.createObjectNode()
                            .put(config.monitoring().statusCustomField(), message)));
            return;
        }
        // Coupa's guide, steps 3a/3b (option 3: also 6a/6b): every export resolves the PO's earlier unresolved
        // records, so the PO's history shows one open record, the latest. One GET finds them and, after an answer
        // lost on an earlier attempt or a replica that died after the POST, the success record of this very version.
        boolean alreadyRecorded = resolveEarlier(option, platform, report.platformPoId(),
                String.valueOf(report.erpVersion()));
        if (alreadyRecorded) {
            markExported(platform, report.platformPoId());
            return;
        }
        ObjectNode record = record(report, "success", "200", message);
        platform.create("integration_history_records", "mark_exported", record);
    }

    /** Reports a failure that will not be retried automatically (dead letter). */
    public void failed(int option, PlatformConnection platform, Report report, String error) {
        String message = abbreviate("Export to ERP failed: " + error);
        if (option == 1) {
            platform.update("purchase_orders", report.platformPoId(), Map.of("return_object", "limited"),
                    json.createObjectNode().set("custom-fields", json.createObjectNode()
                            .put(config.monitoring().statusCustomField(), message)));
            return;
        }
        resolveEarlier(option, platform, report.platformPoId(), null);
        ObjectNode history = record(report, "error", "500", message);
        history.put("contact-alert-type", "Functional");
        if (option == 2) {
            platform.create("integration_history_records", "create_alert", history);
            return;
        }
        platform.create("integration_history_records", null, history);
        ObjectNode integrationError = json.createObjectNode()
                .put("document-type", ORDER_HEADER)
                .put("document-id", String.valueOf(report.platformPoId()))
                .put("response-code", "500")
                .put("response-body", message);
        if (report.platformRunId() != null) {
            integrationError.set("integration-run", json.createObjectNode().put("id", report.platformRunId()));
        }
        platform.create("integration_errors", "create_alert", integrationError);
    }

    private void markExported(PlatformConnection platform, long poId) {
        platform.update("purchase_orders", poId, Map.of("exported", "true", "return_object", "limited"),
                json.createObjectNode());
    }

    /**
     * Resolves the PO's unresolved history records (option 3: and integration errors), except an unresolved success
     * record of {@code keepSuccessRevision}; answers whether such a record exists (this version's export was
     * already recorded, and the record marked the PO exported when it was created).
     */
    private boolean resolveEarlier(int option, PlatformConnection platform, long poId, String keepSuccessRevision) {
        JsonNode open = platform.list("integration_history_records", Map.of("document-type", ORDER_HEADER,
                "document-id", String.valueOf(poId), "resolved", "false",
                "fields", "[\"id\",\"status\",\"document-revision\"]"));
        boolean kept = false;
        for (JsonNode record : open) {
            if (!kept && keepSuccessRevision != null && "success".equals(record.path("status").asText())
                    && keepSuccessRevision.equals(record.path("document-revision").asText())) {
                kept = true;
                continue;
            }
            platform.update("integration_history_records", record.path("id").asLong(),
                    Map.of("return_object", "limited"), json.createObjectNode().put("resolved", true));
        }
        if (option == 3) {
            JsonNode errors = platform.list("integration_errors", Map.of("document-type", ORDER_HEADER,
                    "document-id", String.valueOf(poId), "resolved", "false", "fields", "[\"id\"]"));
            for (JsonNode error : errors) {
                platform.act("integration_errors", error.path("id").asLong(), "resolve", json.createObjectNode());
            }
        }
        return kept;
    }

    private ObjectNode record(Report report, String status, String code, String message) {
        ObjectNode record = json.createObjectNode()
                .put("document-type", ORDER_HEADER)
                .put("document-id", String.valueOf(report.platformPoId()))
                .put("document-revision", String.valueOf(report.erpVersion()))
                .put("document-status", report.status())
                .put("status", status)
                .put("response-code", code)
                .put("response-message", message);
        if (report.platformRunId() != null) {
            record.set("integration-run", json.createObjectNode().put("id", report.platformRunId()));
        }
        return record;
    }

    private static String abbreviate(String text) {
        return text.length() > 500 ? text.substring(0, 500) + "..." : text;
    }
}
