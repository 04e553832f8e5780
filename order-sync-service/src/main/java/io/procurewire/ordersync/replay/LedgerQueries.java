package io.procurewire.ordersync.replay;

import io.procurewire.ordersync.integration.Integration;
import io.procurewire.ordersync.ledger.LedgerOrder;
import io.procurewire.ordersync.ledger.PoVersion;
import io.procurewire.ordersync.ledger.VersionState;
import io.procurewire.ordersync.pull.SyncRun;
import io.procurewire.problem.ProblemException;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Read models of the ledger for the API and the status page. */
@ApplicationScoped
public class LedgerQueries {

    @RegisterForReflection
    public record VersionView(int revision, int erpVersion, Integer platformVersion, String source, String action,
                              String state, int attempts, String lastError, String erpDocumentNumber,
                              OffsetDateTime nextAttemptAt, OffsetDateTime receivedAt, OffsetDateTime confirmedAt,
                              OffsetDateTime completedAt) {
        static VersionView of(PoVersion v) {
            return new VersionView(v.revision, v.erpVersion, v.platformVersion, v.source, v.action, v.state.name(),
                    v.attempts, v.lastError, v.erpDocumentNumber, v.nextAttemptAt, v.receivedAt, v.confirmedAt,
                    v.completedAt);
        }
    }

    @RegisterForReflection
    public record OrderView(String poNumber, Long platformPoId, String erpDocumentNumber, List<VersionView> versions) {
    }

    @RegisterForReflection
    public record DeadLetter(String poNumber, int revision, int erpVersion, String failedIn, int attempts,
                             String lastError, OffsetDateTime updatedAt) {
    }

    @RegisterForReflection
    public record RunView(long id, String kind, String state, OffsetDateTime startedAt, OffsetDateTime finishedAt,
                          int listed, int newVersions, int succeeded, int failed, Long platformRunId, String error) {
        static RunView of(SyncRun r) {
            return new RunView(r.id, r.kind, r.state, r.startedAt, r.finishedAt, r.listed, r.newVersions, r.succeeded,
                    r.failed, r.platformRunId, r.error);
        }
    }

    private final EntityManager em;

    LedgerQueries(EntityManager em) {
        this.em = em;
    }

    public static Integration integration(String code) {
        Integration integration = Integration.byCode(code);
        if (integration == null) {
            throw ProblemException.notFound("integration", code);
        }
        return integration;
    }

    @Transactional
    public OrderView order(String code, String poNumber) {
        LedgerOrder order = find(integration(code), poNumber);
        List<VersionView> versions = PoVersion.<PoVersion>list("orderId = ?1 order by revision", order.id).stream()
                .map(VersionView::of).toList();
        return new OrderView(order.poNumber, order.platformPoId, order.erpDocumentNumber, versions);
    }

    static LedgerOrder find(Integration integration, String poNumber) {
        LedgerOrder order = LedgerOrder.<LedgerOrder>find("integrationId = ?1 and poNumber = ?2", integration.id, poNumber)
                .firstResult();
        if (order == null) {
            throw ProblemException.notFound("purchase order", poNumber);
        }
        return order;
    }

    /** Latest version of each PO of the integration, optionally only those in {@code state}. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> orders(String code, String state, int limit) {
        Integration integration = integration(code);
        var query = em.createNativeQuery("SELECT o.po_number, v.revision, v.erp_version, v.state, "
                        + "v.erp_document_number, v.last_error FROM purchase_order o JOIN po_version v ON v.order_id = o.id "
                        + "WHERE o.integration_id = ?1 AND v.revision = (SELECT max(revision) FROM po_version WHERE order_id = o.id) "
                        + (state == null ? "" : "AND v.state = ?3 ") + "ORDER BY o.id LIMIT ?2")
                .setParameter(1, integration.id).setParameter(2, limit);
        if (state != null) {
            query.setParameter(3, state);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("poNumber", r[0]);
            m.put("revision", r[1]);
            m.put("erpVersion", r[2]);
            m.put("state", r[3]);
            m.put("erpDocumentNumber", r[4]);
            m.put("lastError", r[5]);
            return m;
        }).toList();
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public Map<VersionState, Long> countsPerState(String code) {
        Integration integration = integration(code);
        Map<VersionState, Long> counts = new EnumMap<>(VersionState.class);
        for (VersionState s : VersionState.values()) {
            counts.put(s, 0L);
        }
        List<Object[]> rows = em.createNativeQuery("SELECT v.state, count(*) FROM po_version v JOIN purchase_order o "
                + "ON o.id = v.order_id WHERE o.integration_id = ?1 GROUP BY v.state")
                .setParameter(1, integration.id).getResultList();
        rows.forEach(r -> counts.put(VersionState.valueOf((String) r[0]), ((Number) r[1]).longValue()));
        return counts;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<DeadLetter> deadLetters(String code) {
        Integration integration = integration(code);
        List<Object[]> rows = em.createNativeQuery("SELECT o.po_number, v.revision, v.erp_version, v.failed_in, "
                        + "v.attempts, v.last_error, v.updated_at FROM po_version v JOIN purchase_order o ON o.id = v.order_id "
                        + "WHERE o.integration_id = ?1 AND v.state = 'DEAD_LETTERED' ORDER BY v.updated_at DESC LIMIT 200")
                .setParameter(1, integration.id).getResultList();
        return rows.stream().map(r -> new DeadLetter((String) r[0], ((Number) r[1]).intValue(),
                ((Number) r[2]).intValue(), (String) r[3], ((Number) r[4]).intValue(), (String) r[5],
                r[6] instanceof java.time.Instant i ? i.atOffset(java.time.ZoneOffset.UTC) : (OffsetDateTime) r[6]))
                .toList();
    }

    @Transactional
    public List<RunView> runs(String code, int limit) {
        Integration integration = integration(code);
        return SyncRun.<SyncRun>find("integrationId = ?1 order by id desc", integration.id).page(0, limit).list()
                .stream().map(RunView::of).toList();
    }
}
