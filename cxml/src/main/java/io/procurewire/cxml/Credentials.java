package io.procurewire.cxml;

import io.procurewire.cxml.model.Credential;
import io.procurewire.cxml.model.Header;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Comparing cXML credentials the way buyers expect: domains case-insensitive, identities exact, secrets constant-time. */
public final class Credentials {

    private Credentials() {
    }

    /**
     * True when the credential has this domain (case-insensitive, trimmed) and this identity (exact, trimmed). An
     * empty domain or identity on either side never matches.
     */
    public static boolean sameIdentity(Credential credential, String domain, String identity) {
        if (credential == null || blank(domain) || blank(identity) || blank(credential.getDomain())
                || blank(credential.getIdentity())) {
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

    /**
     * The first empty credential field of a header, e.g. {@code "empty Header/Sender/Credential/Identity"}, in the order
     * From, To, Sender (domain before Identity). The reader accepts documents whose credentials are present but empty
     * (libraries without a configured identity send them); an endpoint that authenticates answers such a document with
     * {@code CxmlStatus.response(CxmlStatus.UNAUTHORIZED, emptyField(header).get())}.
     */
    public static Optional<String> emptyField(Header header) {
        if (header == null) {
            return Optional.empty();
        }
        Optional<String> from = emptyField("From", header.getFrom() == null ? null : header.getFrom().getCredentials());
        if (from.isPresent()) {
            return from;
        }
        Optional<String> to = emptyField("To", header.getTo() == null ? null : header.getTo().getCredentials());
        if (to.isPresent()) {
            return to;
        }
        return emptyField("Sender", header.getSender() == null ? null : header.getSender().getCredentials());
    }

    private static Optional<String> emptyField(String party, List<Credential> credentials) {
        if (credentials == null) {
            return Optional.empty();
        }
        for (Credential credential : credentials) {
            if (credential != null && blank(credential.getDomain())) {
                return Optional.of("empty Header/" + party + "/Credential@domain");
            }
            if (credential != null && blank(credential.getIdentity())) {
                return Optional.of("empty Header/" + party + "/Credential/Identity");
            }
        }
        return Optional.empty();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
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
