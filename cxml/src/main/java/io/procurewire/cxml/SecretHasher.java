package io.procurewire.cxml;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Salted PBKDF2-HMAC-SHA256 hashes of inbound cXML shared secrets, in the self-describing form
 * {@code pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>} so that the iteration count can be raised later
 * without invalidating stored secrets. One scheme for every service that authenticates cXML senders, so operators can
 * move hashes between them. Verifications of presented secrets may go through a {@link Gate} (a bulkhead that bounds
 * concurrent PBKDF2 work); without one they always run.
 */
public final class SecretHasher {

    /** Runs a verification if it has a free slot; empty when it has none (the caller then answers "no match"). */
    @FunctionalInterface
    public interface Gate {
        java.util.Optional<Boolean> tryRun(java.util.function.Supplier<Boolean> verification);
    }

    /** Every verification runs. */
    public static final Gate UNBOUNDED = verification -> java.util.Optional.of(verification.get());

    private static final String SCHEME = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    /** Per instance, not static: native images must not carry a seeded generator in the image heap. */
    private final SecureRandom random = new SecureRandom();

    private static final int MAX_REMEMBERED = 10_000;

    private final int iterations;
    private final byte[] processKey = new byte[32];
    private final java.util.Map<String, byte[]> verified = new java.util.concurrent.ConcurrentHashMap<>();
    /** Verified against when no credential matched, so that unknown identities cost as much as wrong secrets. */
    private final String decoy;

    private final Gate gate;

    public SecretHasher(int iterations) {
        this(iterations, UNBOUNDED);
    }

    public SecretHasher(int iterations, Gate gate) {
        this.gate = gate;
        if (iterations < 1000) {
            throw new IllegalArgumentException("PBKDF2 needs at least 1000 iterations, got " + iterations);
        }
        this.iterations = iterations;
        random.nextBytes(processKey);
        this.decoy = hash("decoy-" + random.nextLong());
    }

    public String hash(String secret) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$"
                + b64.encodeToString(derive(secret, salt, iterations));
    }

    /**
     * Like {@link #matches}, but remembers a successful verification in memory as a keyed SHA-256 (key random per
     * process), so that a buyer's next setup requests do not pay PBKDF2 again. Only successes are remembered: a wrong
     * secret always costs the full PBKDF2 work, exactly like an unknown identity. A rotated secret has a new stored
     * hash, hence a new entry. A secret not remembered yet is derived only if the gate lets it run; when it does not,
     * the answer is false at once (the same answer a wrong secret gets).
     */
    public boolean matchesRemembering(String presented, String stored) {
        if (presented == null || stored == null) {
            return matches(presented, stored);
        }
        byte[] fingerprint = fingerprint(presented);
        byte[] known = verified.get(stored);
        if (known != null && MessageDigest.isEqual(known, fingerprint)) {
            return true;
        }
        boolean matches = gate.tryRun(() -> matches(presented, stored)).orElse(false);
        if (matches) {
            if (verified.size() >= MAX_REMEMBERED) {
                verified.clear();
            }
            verified.put(stored, fingerprint);
        }
        return matches;
    }

    private byte[] fingerprint(String presented) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(processKey);
            return sha.digest(presented.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Constant-time comparison of the presented secret's hash with the stored one. */
    public boolean matches(String presented, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            return false;
        }
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] expected = b64.decode(parts[3]);
        byte[] actual = derive(presented == null ? "" : presented, b64.decode(parts[2]), Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual);
    }

    /** Spends the same work as {@link #matches} (if the gate lets it run, like a real verification) and answers false. */
    public boolean burnDecoy(String presented) {
        gate.tryRun(() -> matches(presented, decoy));
        return false;
    }

    private static byte[] derive(String secret, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
        } finally {
            spec.clearPassword();
        }
    }

}
