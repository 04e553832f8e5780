package io.procurewire.punchout.session;

import io.procurewire.punchout.account.BuyerUser;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The account changes a known user's setup writes: the same as AccountService.matchOrProvision, and none when nothing changed. */
class SetupStoreTest {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

    @Test
    void aRepeatedPunchoutWithinTheLoginGranularityWritesNothing() {
        SetupStore.Account account = new SetupStore.Account(7, "jdoe", "j@x.test", "Jane", "Doe", "Ops",
                NOW.minusSeconds(30));
        assertNull(SetupStore.updatedAccount(account, new BuyerUser("jdoe", "j@x.test", "Jane", "Doe", "Ops"), NOW));
        assertNull(SetupStore.updatedAccount(account, new BuyerUser("jdoe", null, null, null, null), NOW));
    }

    @Test
    void anOldLoginIsRecordedAndSentNamesReplaceStoredOnes() {
        SetupStore.Account account = new SetupStore.Account(7, "jdoe", "j@x.test", "Jane", "Doe", null,
                NOW.minusSeconds(61));
        assertEquals(new SetupStore.Account(7, "jdoe", "j@x.test", "Janet", "Doe", "Sales", NOW),
                SetupStore.updatedAccount(account, new BuyerUser("jdoe", "other@x.test", "Janet", null, "Sales"), NOW));
    }

    @Test
    void anAccountRegisteredByEmailTakesTheUniqueNameAndAFirstLogin() {
        SetupStore.Account account = new SetupStore.Account(7, null, "j@x.test", null, null, null, null);
        assertEquals(new SetupStore.Account(7, "jdoe", "j@x.test", null, null, null, NOW),
                SetupStore.updatedAccount(account, new BuyerUser("jdoe", "j@x.test", null, null, null), NOW));
    }
}
