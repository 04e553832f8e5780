package io.procurewire.cxml;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecretHasherTest {

    private final SecretHasher hasher = new SecretHasher(1000);

    @Test
    void verifiesTheSecretItHashedAndNothingElse() {
        String stored = hasher.hash("s3cr3t");
        assertTrue(stored.startsWith("pbkdf2-sha256$1000$"));
        assertFalse(stored.contains("s3cr3t"));
        assertTrue(hasher.matches("s3cr3t", stored));
        assertFalse(hasher.matches("S3cr3t", stored));
        assertFalse(hasher.matches("", stored));
        assertFalse(hasher.matches(null, stored));
    }

    @Test
    void saltsEachHash() {
        assertNotEquals(hasher.hash("none"), hasher.hash("none"));
        assertTrue(hasher.matches("none", hasher.hash("none")));
    }

    @Test
    void verifiesHashesStoredWithAnotherIterationCount() {
        String old = new SecretHasher(2000).hash("rotating");
        assertTrue(hasher.matches("rotating", old));
    }

    @Test
    void rejectsMalformedStoredValuesAndWeakSettings() {
        assertFalse(hasher.matches("x", "plain-text"));
        assertFalse(hasher.burnDecoy("x"));
        assertThrows(IllegalArgumentException.class, () -> new SecretHasher(10));
    }

    @Test
    void remembersOnlySuccessfulVerifications() {
        String stored = hasher.hash("s3cr3t");
        assertFalse(hasher.matchesRemembering("wrong", stored));
        assertTrue(hasher.matchesRemembering("s3cr3t", stored));
        assertTrue(hasher.matchesRemembering("s3cr3t", stored), "from memory");
        assertFalse(hasher.matchesRemembering("wrong", stored), "a remembered success does not admit other secrets");
        assertFalse(hasher.matchesRemembering(null, stored));
        assertFalse(hasher.matchesRemembering("s3cr3t", hasher.hash("rotated")));
    }

    @Test
    void aClosedGateAnswersNoWithoutDeriving() {
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        SecretHasher gated = new SecretHasher(1000, verification -> {
            asked.incrementAndGet();
            return java.util.Optional.empty();
        });
        String stored = hasher.hash("s3cr3t");
        assertFalse(gated.matchesRemembering("s3cr3t", stored));
        assertFalse(gated.burnDecoy("s3cr3t"));
        assertTrue(gated.matches("s3cr3t", stored), "matches() itself is never gated");
        assertTrue(asked.get() >= 2);
    }
}
