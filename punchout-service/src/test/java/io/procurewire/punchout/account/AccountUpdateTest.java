package io.procurewire.punchout.account;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AccountUpdateTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void aFirstPunchoutTakesEverythingTheBuyerSent() {
        assertEquals(new AccountUpdate("jdoe", "j@x.test", "Jane", "Doe", "Ops", NOW),
                AccountUpdate.NONE.afterPunchout(new BuyerUser("jdoe", "J@x.test", "Jane", "Doe", "Ops"), NOW));
    }

    @Test
    void namesAreReplacedKeysOnlyFilledInAndTheLoginMovesOncePerMinute() {
        AccountUpdate stored = new AccountUpdate(null, "j@x.test", "Jane", "Doe", null, NOW.minusSeconds(30));
        assertEquals(new AccountUpdate("jdoe", "j@x.test", "Janet", "Doe", "Sales", NOW.minusSeconds(30)),
                stored.afterPunchout(new BuyerUser("jdoe", "other@x.test", "Janet", null, "Sales"), NOW));
        AccountUpdate old = new AccountUpdate("jdoe", "j@x.test", "Jane", "Doe", null, NOW.minusSeconds(61));
        assertEquals(new AccountUpdate("jdoe", "j@x.test", "Jane", "Doe", null, NOW),
                old.afterPunchout(new BuyerUser("other", null, null, null, null), NOW));
    }
}
