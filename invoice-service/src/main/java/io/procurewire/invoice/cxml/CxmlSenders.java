package io.procurewire.invoice.cxml;

import io.procurewire.cxml.Credentials;
import io.procurewire.cxml.SecretHasher;
import io.procurewire.cxml.model.Credential;
import io.procurewire.cxml.model.Header;
import io.procurewire.invoice.InvoiceConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The configured cXML senders, with their shared secrets as salted PBKDF2 hashes only (a plain-text secret from
 * configuration is hashed when the service starts and not kept). A document is authenticated when one of its From
 * credentials and its Sender credential are a sender's, and the Sender's SharedSecret verifies against its hash. An
 * unknown identity costs the same PBKDF2 work as a wrong secret.
 */
@ApplicationScoped
public class CxmlSenders {

    /** An authenticated sender: the supplier and buyer its documents are booked to. */
    public record Sender(String name, String supplier, String buyer, String fromDomain, String fromIdentity,
                         String senderDomain, String senderIdentity, String secretHash) {
    }

    private final SecretHasher hasher;
    private final List<Sender> senders = new ArrayList<>();

    public CxmlSenders(CxmlConfig config, InvoiceConfig invoiceConfig) {
        this.hasher = new SecretHasher(config.secretHashIterations());
        config.senders().forEach((name, s) -> {
            String hash = s.sharedSecretHash().filter(h -> !h.isBlank())
                    .orElseGet(() -> hasher.hash(s.sharedSecret().filter(p -> !p.isBlank()).orElseThrow(() ->
                            new IllegalStateException("procurewire.invoice.cxml.senders." + name
                                    + ": set shared-secret-hash (or shared-secret) from a Secret"))));
            senders.add(new Sender(name, s.supplier().orElse(name),
                    s.buyer().orElse(invoiceConfig.buyerPlatform().buyerName()), s.fromDomain().trim(),
                    s.fromIdentity().trim(), s.senderDomain().orElse(s.fromDomain()).trim(),
                    s.senderIdentity().orElse(s.fromIdentity()).trim(), hash));
        });
    }

    public Optional<Sender> authenticate(Header header) {
        Credential sender = header.getSender().getCredentials().isEmpty() ? null
                : header.getSender().getCredentials().get(0);
        if (sender != null) {
            for (Credential from : header.getFrom().getCredentials()) {
                for (Sender candidate : senders) {
                    if (Credentials.sameIdentity(from, candidate.fromDomain(), candidate.fromIdentity())
                            && Credentials.sameIdentity(sender, candidate.senderDomain(), candidate.senderIdentity())) {
                        return hasher.matchesRemembering(sender.getSharedSecret(), candidate.secretHash())
                                ? Optional.of(candidate) : Optional.empty();
                    }
                }
            }
        }
        hasher.burnDecoy(sender == null ? null : sender.getSharedSecret());
        return Optional.empty();
    }
}
