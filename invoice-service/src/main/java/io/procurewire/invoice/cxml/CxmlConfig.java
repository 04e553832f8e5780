package io.procurewire.invoice.cxml;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Map;
import java.util.Optional;

/** {@code procurewire.invoice.cxml.*}: who may send invoices and ship notices as cXML; application.properties documents each key. */
@ConfigMapping(prefix = "procurewire.invoice.cxml")
public interface CxmlConfig {

    /** PBKDF2 iterations for secrets given in plain text (hashed at start); stored hashes carry their own count. */
    @WithDefault("120000")
    int secretHashIterations();

    /** Senders by name (the supplier's billing system, a marketplace): their From/Sender credentials and secret. */
    Map<String, Sender> senders();

    interface Sender {
        /** The supplier the documents are booked to (the PO's supplier number); default: the sender's name. */
        Optional<String> supplier();

        /** The buyer the invoices are for (picks the delivery target); default: the buyer platform's buyer name. */
        Optional<String> buyer();

        String fromDomain();

        String fromIdentity();

        /** Default: the From domain. */
        Optional<String> senderDomain();

        /** Default: the From identity. */
        Optional<String> senderIdentity();

        /** The shared secret as a PBKDF2 hash ({@code pbkdf2-sha256$...}, from a Secret); preferred. */
        Optional<String> sharedSecretHash();

        /** The shared secret in plain text (from a Secret); hashed at start and never kept. */
        Optional<String> sharedSecret();
    }
}
