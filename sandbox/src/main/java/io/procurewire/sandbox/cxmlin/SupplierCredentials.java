package io.procurewire.sandbox.cxmlin;

import io.procurewire.cxml.Credentials;
import io.procurewire.cxml.model.Credential;
import io.procurewire.cxml.model.CxmlDocument;
import io.procurewire.sandbox.supplier.Supplier;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.util.List;

/**
 * Who sent a supplier-to-buyer cXML document: the supplier whose cxml-supplier-domain/-identity is among the From
 * credentials and whose cxml-secret is the Sender's SharedSecret (Coupa's rule for invoices and confirmations).
 */
final class SupplierCredentials {

    private SupplierCredentials() {
    }

    /** The supplier's id, or null when no supplier matches both the identity and the secret. */
    static Long authenticate(CxmlDocument document) {
        if (document.getHeader() == null || document.getHeader().getFrom() == null
                || document.getHeader().getSender() == null) {
            return null;
        }
        List<Credential> from = document.getHeader().getFrom().getCredentials();
        List<Credential> sender = document.getHeader().getSender().getCredentials();
        return QuarkusTransaction.requiringNew().call(() -> {
            for (Supplier supplier : Supplier.<Supplier>list("cxmlSupplierIdentity is not null")) {
                boolean identified = from.stream().anyMatch(c ->
                        Credentials.sameIdentity(c, supplier.cxmlSupplierDomain, supplier.cxmlSupplierIdentity));
                boolean secret = sender.stream().anyMatch(c ->
                        Credentials.secretMatches(c.getSharedSecret(), supplier.cxmlSecret));
                if (identified && secret) {
                    return supplier.id;
                }
            }
            return null;
        });
    }
}
