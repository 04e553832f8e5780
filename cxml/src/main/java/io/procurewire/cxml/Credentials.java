package io.procurewire.cxml;

import io.procurewire.cxml.model.Credential;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Comparing cXML credentials the way buyers expect: domains case-insensitive, identities exact, secrets constant-time. */
public final class Credentials {

    private Credentials() {
    }

    /** True when the credential has this domain (case-insensitive, trimmed) and this identity (exact, trimmed). */
    public static boolean sameIdentity(Credential credential, String domain, String identity) {
        if (credential == null || domain == null || identity == null || credential.getDomain() == null
                || credential.getIdentity() == null) {
            return false;
        }
        return credential.getDomain().trim().equalsIgnoreCase(domain.trim())
                && credential.getIdentity().trim().equals(identity.trim());
    }

    /**
     * Constant-time comparison of a presented shared secret with the expected one (UTF-8 bytes,
     * {@link MessageDigest#isEqual}). Null on either side never matches - a missing secret is not an empty secret.
     */
    public static boolean secretMatches(String presented, String expected) {
        if (presented == null || expected == null) {
            return false;
        }
        return MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    /** The first credential of this domain (case-insensitive, trimmed). */
    public static Optional<Credential> find(List<Credential> credentials, String domain) {
        if (credentials == null || domain == null) {
            return Optional.empty();
        }
        String wanted = domain.trim().toLowerCase(Locale.ROOT);
        return credentials.stream()
                .filter(c -> c != null && c.getDomain() != null && c.getDomain().trim().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }
}
