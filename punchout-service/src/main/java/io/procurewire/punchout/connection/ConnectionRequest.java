package io.procurewire.punchout.connection;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a supplier admin registers (POST) or replaces (PUT) for a buyer. {@code production} is required,
 * {@code test} optional. On PUT a credential set without {@code sharedSecret} keeps its stored secret.
 */
public record ConnectionRequest(
        @NotBlank @Size(max = 200) String buyerName,
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "letters, digits, '.', '_' or '-'")
        String buyerCode,
        @Size(max = 100) String contractCode,
        boolean autoProvisionUsers,
        CartEncoding cartEncoding,
        @NotNull @Valid CredentialSet production,
        @Valid CredentialSet test) {

    /** Identities as cXML Credential domain + identity; domains such as NetworkID, DUNS or any custom name. */
    public record CredentialSet(
            @NotBlank @Size(max = 100) String fromDomain,
            @NotBlank @Size(max = 250) String fromIdentity,
            @NotBlank @Size(max = 100) String toDomain,
            @NotBlank @Size(max = 250) String toIdentity,
            @NotBlank @Size(max = 100) String senderDomain,
            @NotBlank @Size(max = 250) String senderIdentity,
            @Size(min = 1, max = 500) String sharedSecret) {

        /** Never print the secret, not even by accident in a log line or a validation message. */
        @Override
        public String toString() {
            return "CredentialSet[from=" + fromDomain + ":" + fromIdentity + ", to=" + toDomain + ":" + toIdentity
                    + ", sender=" + senderDomain + ":" + senderIdentity + ", sharedSecret=***]";
        }
    }
}
