package io.procurewire.ordersync.integration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * An integration as the admin API takes it. Secrets of outbound calls are references ({@code clientSecretRef},
 * {@code erp.credentialsRef}) into configuration; a literal {@code clientSecret} is refused. The inbound cXML shared
 * secrets are given in clear once and stored only as PBKDF2 hashes. {@code filter} (the buyer platform's named API
 * filter, Coupa's {@code filter=}) and {@code supplierNumbers} ({@code supplier[number][in]=}) narrow what the pull
 * lists, for a buyer platform that feeds several ERPs. {@code exportFrom} (optional, ISO-8601 with offset) limits the
 * integration to POs created at or after that instant, for a buyer platform whose older POs another integration
 * already exported; without it, every unexported PO is exported and reconciliation starts at the integration's creation.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record IntegrationRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*",
                message = "letters, digits, dot, dash and underscore only") String code,
        @NotBlank @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String platformUrl,
        @NotBlank String clientId,
        @NotBlank String clientSecretRef,
        @Null(message = "client secrets are never accepted in a request: configure procurewire.order-sync.secrets."
                + "<ref>.value and send clientSecretRef") String clientSecret,
        @NotEmpty List<@Pattern(regexp = "issued|cancelled|canceled|closed",
                message = "must be issued, cancelled or closed") String> statuses,
        @Pattern(regexp = "P.*", message = "must be an ISO-8601 duration such as PT5M") String schedule,
        @NotNull @Min(1) @Max(3) Integer monitoringOption,
        @NotBlank @Email String contactEmail,
        String contactName,
        @NotNull @Valid Erp erp,
        @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String confirmationUrl,
        String confirmationSecretRef,
        @Valid Inbound inbound,
        @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._ -]*", message = "letters, digits, dot, dash, underscore and "
                + "space only") String filter,
        @Size(max = 50) List<@NotBlank @Pattern(regexp = "[^,]+", message = "must not contain a comma")
                String> supplierNumbers,
        java.time.OffsetDateTime exportFrom) {

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Erp(@NotBlank @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String url,
                      String credentialsRef,
                      @Pattern(regexp = "coupa-json", message = "must be coupa-json") String format) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Inbound(@Valid Credential production, @Valid Credential test) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Credential(@NotBlank String fromDomain, @NotBlank String fromIdentity,
                             @NotBlank String senderDomain, @NotBlank String senderIdentity,
                             @Size(min = 8, message = "must have at least 8 characters") String sharedSecret) {
    }
}
