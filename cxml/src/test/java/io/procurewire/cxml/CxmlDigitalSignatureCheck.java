package io.procurewire.cxml;

import static org.assertj.core.api.Assertions.assertThat;

import io.procurewire.cxml.model.CxmlDocument;

/** The DigitalSignature of posr-digital-signature.xml, as read. */
final class CxmlDigitalSignatureCheck {

    private CxmlDigitalSignatureCheck() {
    }

    static void assertDigitalSignature(CxmlDocument document) {
        var signature = document.getHeader().getSender().getCredentials().get(0).getDigitalSignature();
        assertThat(signature.getType()).isEqualTo("PK7 self-contained");
        assertThat(signature.getEncoding()).isEqualTo("Base64");
        assertThat(signature.getValue()).isEqualTo("MIIBszCCAVmgAwIBAgIUQ2hlY2tzdW1GaXh0dXJlT25seTAKBggqhkjOPQQDAjAU");
        assertThat(document.getHeader().getSender().getCredentials().get(0).getSharedSecret()).isNull();
    }
}
