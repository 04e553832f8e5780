package io.procurewire.ordersync.integration;

import io.procurewire.cxml.SecretHasher;
import io.procurewire.ordersync.OrderSyncConfig;
import io.procurewire.ordersync.platform.Breakers;
import io.procurewire.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Creates, changes and removes integrations (from the API and from configuration), checking secret bindings. */
@ApplicationScoped
public class IntegrationService {

    public static final String ORIGIN_API = "api";
    public static final String ORIGIN_CONFIGURATION = "configuration";

    private final SecretStore secrets;
    private final SecretHasher hasher;
    private final Breakers breakers;

    IntegrationService(SecretStore secrets, OrderSyncConfig config, Breakers breakers) {
        this.secrets = secrets;
        this.hasher = new SecretHasher(config.secretHashIterations());
        this.breakers = breakers;
    }

    public SecretHasher hasher() {
        return hasher;
    }

    @Transactional
    public List<IntegrationView> list() {
        return Integration.<Integration>listAll(io.quarkus.panache.common.Sort.by("code")).stream()
                .map(i -> IntegrationView.of(i, InboundCredential.ofIntegration(i.id))).toList();
    }

    @Transactional
    public IntegrationView get(String code) {
        Integration i = find(code);
        return IntegrationView.of(i, InboundCredential.ofIntegration(i.id));
    }

    @Transactional
    public IntegrationView create(IntegrationRequest request) {
        if (Integration.byCode(request.code()) != null) {
            throw ProblemException.conflict("integration " + request.code() + " already exists");
        }
        Integration integration = new Integration();
        integration.code = request.code();
        integration.origin = ORIGIN_API;
        apply(integration, request, List.of());
        return IntegrationView.of(integration, InboundCredential.ofIntegration(integration.id));
    }

    @Transactional
    public IntegrationView update(String code, IntegrationRequest request) {
        Integration integration = find(code);
        if (ORIGIN_CONFIGURATION.equals(integration.origin)) {
            throw ProblemException.conflict("integration " + code + " is defined in configuration; change it there");
        }
        if (!code.equals(request.code())) {
            throw ProblemException.unprocessable("the code in the body must match the URL",
                    Map.of("errors", List.of(Map.of("field", "code", "message", "must be " + code))));
        }
        apply(integration, request, InboundCredential.ofIntegration(integration.id));
        breakers.reset(integration.id);
        return IntegrationView.of(integration, InboundCredential.ofIntegration(integration.id));
    }

    @Transactional
    public void delete(String code) {
        Integration integration = find(code);
        if (ORIGIN_CONFIGURATION.equals(integration.origin)) {
            throw ProblemException.conflict("integration " + code + " is defined in configuration; remove it there");
        }
        integration.delete();
    }

    /** Creates or updates the integrations defined under procurewire.order-sync.integrations.* */
    @Transactional
    public void applyConfiguration(Map<String, OrderSyncConfig.ConfiguredIntegration> configured) {
        configured.forEach((code, c) -> {
            IntegrationRequest request = new IntegrationRequest(code, c.platformUrl(), c.clientId(), c.clientSecretRef(),
                    null, c.statuses(), c.schedule().toString(), c.monitoringOption(), c.contactEmail(),
                    c.contactName().orElse(null),
                    new IntegrationRequest.Erp(c.erpUrl(), c.erpCredentialsRef().orElse(null), c.erpFormat()),
                    c.confirmationUrl().orElse(null), c.confirmationSecretRef().orElse(null),
                    new IntegrationRequest.Inbound(c.production().map(this::configuredCredential).orElse(null),
                            c.test().map(this::configuredCredential).orElse(null)),
                    c.filter().orElse(null), c.supplierNumbers().orElse(null), c.exportFrom().orElse(null));
            Integration integration = Integration.byCode(code);
            if (integration == null) {
                integration = new Integration();
                integration.code = code;
            }
            integration.origin = ORIGIN_CONFIGURATION;
            apply(integration, request, integration.id == null ? List.of() : InboundCredential.ofIntegration(integration.id));
            breakers.reset(integration.id);
        });
    }

    private IntegrationRequest.Credential configuredCredential(OrderSyncConfig.Inbound in) {
        String secret = secrets.value(in.sharedSecretRef()).orElseThrow(() -> new IllegalStateException(
                "procurewire.order-sync.secrets." + in.sharedSecretRef() + ".value is not set"));
        return new IntegrationRequest.Credential(in.fromDomain(), in.fromIdentity(), in.senderDomain(),
                in.senderIdentity(), secret);
    }

    private void apply(Integration integration, IntegrationRequest request, List<InboundCredential> existing) {
        List<Map<String, String>> errors = new ArrayList<>();
        if (!secrets.exists(request.clientSecretRef())) {
            errors.add(error("clientSecretRef", "no secret " + request.clientSecretRef() + " is configured"));
        } else if (!secrets.allowedFor(request.clientSecretRef(), request.platformUrl())) {
            errors.add(error("clientSecretRef", "secret " + request.clientSecretRef()
                    + " may not be sent to " + request.platformUrl()));
        }
        String erpRef = request.erp().credentialsRef();
        if (erpRef != null && !secrets.exists(erpRef)) {
            errors.add(error("erp.credentialsRef", "no secret " + erpRef + " is configured"));
        } else if (erpRef != null && !secrets.allowedFor(erpRef, request.erp().url())) {
            errors.add(error("erp.credentialsRef", "secret " + erpRef + " may not be sent to " + request.erp().url()));
        }
        String confirmationRef = request.confirmationSecretRef();
        if (confirmationRef != null && request.confirmationUrl() == null) {
            errors.add(error("confirmationSecretRef", "needs a confirmationUrl"));
        } else if (confirmationRef != null && !secrets.allowedFor(confirmationRef, request.confirmationUrl())) {
            errors.add(error("confirmationSecretRef", "secret " + confirmationRef + " may not be sent to "
                    + request.confirmationUrl()));
        }
        Duration schedule = Duration.ofMinutes(5);
        if (request.schedule() != null) {
            try {
                schedule = Duration.parse(request.schedule());
                if (schedule.isNegative() || schedule.isZero()) {
                    errors.add(error("schedule", "must be positive"));
                }
            } catch (DateTimeParseException e) {
                errors.add(error("schedule", "must be an ISO-8601 duration such as PT5M"));
            }
        }
        IntegrationRequest.Inbound inbound = request.inbound();
        checkSecret(errors, "inbound.production", inbound == null ? null : inbound.production(), existing,
                InboundCredential.PRODUCTION);
        checkSecret(errors, "inbound.test", inbound == null ? null : inbound.test(), existing, InboundCredential.TEST);
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("The integration is not valid: " + errors.size() + " problem(s)",
                    Map.of("errors", errors));
        }
        integration.platformUrl = stripSlash(request.platformUrl());
        integration.clientId = request.clientId();
        integration.clientSecretRef = request.clientSecretRef();
        integration.statuses = String.join(",", request.statuses().stream()
                .map(s -> s.equals("canceled") ? "cancelled" : s).distinct().toList());
        integration.scheduleSeconds = schedule.toSeconds();
        integration.monitoringOption = request.monitoringOption();
        integration.contactEmail = request.contactEmail();
        integration.contactName = request.contactName();
        integration.erpUrl = request.erp().url();
        integration.erpCredentialsRef = erpRef;
        integration.erpFormat = request.erp().format() == null ? "coupa-json" : request.erp().format();
        integration.confirmationUrl = request.confirmationUrl();
        integration.confirmationSecretRef = confirmationRef;
        integration.apiFilter = request.filter() == null || request.filter().isBlank() ? null : request.filter().trim();
        integration.supplierNumbers = request.supplierNumbers() == null || request.supplierNumbers().isEmpty() ? null
                : String.join(",", request.supplierNumbers().stream().map(String::trim).distinct().toList());
        integration.exportFrom = request.exportFrom();
        integration.updatedAt = OffsetDateTime.now();
        if (integration.id == null) {
            integration.nextRunAt = OffsetDateTime.now();
            integration.persistAndFlush();
        }
        storeCredential(integration.id, InboundCredential.PRODUCTION, inbound == null ? null : inbound.production(),
                existing);
        storeCredential(integration.id, InboundCredential.TEST, inbound == null ? null : inbound.test(), existing);
        try {
            InboundCredential.getEntityManager().flush();
        } catch (jakarta.persistence.PersistenceException e) {
            throw ProblemException.conflict("another integration already uses this inbound From identity");
        }
    }

    private static void checkSecret(List<Map<String, String>> errors, String field, IntegrationRequest.Credential c,
                                    List<InboundCredential> existing, String environment) {
        if (c != null && c.sharedSecret() == null
                && existing.stream().noneMatch(e -> e.environment.equals(environment))) {
            errors.add(error(field + ".sharedSecret", "is required for a new credential"));
        }
    }

    private void storeCredential(long integrationId, String environment, IntegrationRequest.Credential c,
                                 List<InboundCredential> existing) {
        InboundCredential stored = existing.stream().filter(e -> e.environment.equals(environment)).findFirst()
                .orElse(null);
        if (c == null) {
            if (stored != null) {
                stored.delete();
            }
            return;
        }
        if (stored == null) {
            stored = new InboundCredential();
            stored.integrationId = integrationId;
            stored.environment = environment;
        }
        stored.fromDomain = c.fromDomain().trim();
        stored.fromIdentity = c.fromIdentity().trim();
        stored.senderDomain = c.senderDomain().trim();
        stored.senderIdentity = c.senderIdentity().trim();
        if (c.sharedSecret() != null && (stored.secretHash == null || !hasher.matches(c.sharedSecret(), stored.secretHash))) {
            stored.secretHash = hasher.hash(c.sharedSecret());
        }
        if (stored.id == null) {
            stored.persist();
        }
    }

    static Integration find(String code) {
        Integration integration = Integration.byCode(code);
        if (integration == null) {
            throw ProblemException.notFound("integration", code);
        }
        return integration;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static Map<String, String> error(String field, String message) {
        return Map.of("field", field, "message", message);
    }
}
