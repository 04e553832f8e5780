package io.procurewire.punchout.retention;

import io.procurewire.punchout.Concurrently;
import io.procurewire.punchout.Punchout;
import io.procurewire.punchout.TestConnections;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.procurewire.punchout.Punchout.fixture;
import static io.procurewire.punchout.Punchout.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class RetentionPurgeTest {

    @Inject
    EntityManager em;
    @Inject
    RetentionPurge purge;

    @Test
    void theColumnsAPurgeFollowsAreIndexed() {
        List<?> indexed = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select t.relname || '.' || a.attname from pg_index i
                join pg_class t on t.oid = i.indrelid
                join pg_attribute a on a.attrelid = t.oid and a.attnum = i.indkey[0]
                where t.relname in ('exchange', 'punchout_session')""").getResultList());
        assertTrue(indexed.contains("exchange.session_id"), indexed::toString);
        assertTrue(indexed.contains("punchout_session.account_id"), indexed::toString);
        assertTrue(indexed.contains("exchange.occurred_at"), indexed::toString);
    }

    @Test
    void deletesSessionsAndAuditRowsOlderThanTheRetentionInBatches() {
        TestConnections.Registered acme = TestConnections.acme(true, null);
        Punchout.startPath(post(fixture("setup-create-coupa.xml", acme)));
        // 25 sessions (and their audit rows) idle for longer than the 90 days' retention, one recent session
        execute("""
                insert into punchout_session (connection_id, account_id, environment, operation, buyer_cookie,
                    browser_form_post_url, cart_encoding, buyer_code, setup_payload_id, start_token_hash,
                    start_token_expires_at, created_at, last_activity_at)
                select s.connection_id, s.account_id, s.environment, s.operation, s.buyer_cookie, s.browser_form_post_url,
                    s.cart_encoding, s.buyer_code, 'old-' || n, md5('old-' || n || s.id), now() - interval '100 days',
                    now() - interval '100 days', now() - interval '100 days'
                from punchout_session s, generate_series(1, 25) n where s.connection_id = ?1""", acme.id());
        execute("""
                insert into exchange (connection_id, session_id, direction, document_type, payload_id, occurred_at, document)
                select s.connection_id, s.id, 'INBOUND', 'PunchOutSetupRequest', s.setup_payload_id, s.created_at, '<cXML/>'
                from punchout_session s where s.connection_id = ?1 and s.setup_payload_id like 'old-%'""", acme.id());

        RetentionPurge.Purged purged = purge.purge(Instant.now());

        assertTrue(purged.sessions() >= 25 && purged.exchanges() >= 25, purged::toString);
        assertTrue(purged.batches() >= 3 + 3, "batches of 10 rows: " + purged);
        assertEquals(1L, count("select count(*) from punchout_session where connection_id = ?1", acme.id()));
        assertEquals(2L, count("select count(*) from exchange where connection_id = ?1", acme.id()),
                "the recent setup request and its response stay");
    }

    @Test
    void ofReplicasStartingThePurgeAtOnceExactlyOneRunsIt() throws Exception {
        // a fresh hour: the lease of the last run has passed
        execute("delete from job_lease where name = '" + RetentionPurge.JOB + "' and ?1 = ?1", 0);
        Instant now = Instant.now();
        List<Boolean> claimed = Concurrently.run(4, i -> purge.claim(now));
        assertEquals(1, claimed.stream().filter(c -> c).count(), claimed::toString);
        assertEquals(List.of(false, false), List.of(purge.claim(now.plus(Duration.ofMinutes(49))),
                purge.claim(now.plus(Duration.ofMinutes(30)))), "held for the lease");
        assertTrue(purge.claim(now.plus(RetentionPurge.LEASE)), "the next hour, some replica runs it again");
    }

    private void execute(String sql, Object parameter) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(sql).setParameter(1, parameter).executeUpdate());
    }

    private long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue());
    }
}
