package io.procurewire.punchout.connection;

import io.procurewire.cxml.SecretHasher;
import io.procurewire.problem.ProblemException;
import io.procurewire.punchout.PunchoutConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Registration and maintenance of buyer connections (one transaction per use case). */
@ApplicationScoped
public class ConnectionService {

    private final PunchoutConfig config;
    private final SecretHasher hasher;

    public ConnectionService(PunchoutConfig config, SecretHasher hasher) {
        this.config = config;
        this.hasher = hasher;
    }

    @Transactional
    public ConnectionView create(ConnectionRequest request) {
        if (request.production().sharedSecret() == null) {
            throw ProblemException.badRequest("production.sharedSecret is required for a new connection");
        }
        if (request.test() != null && request.test().sharedSecret() == null) {
            throw ProblemException.badRequest("test.sharedSecret is required for a new credential set");
        }
        BuyerConnection connection = new BuyerConnection();
        connection.createdAt = Instant.now();
        apply(connection, request);
        connection.persist();
        return view(connection);
    }

    @Transactional
    public ConnectionView replace(long id, ConnectionRequest request) {
        BuyerConnection connection = find(id);
        apply(connection, request);
        return view(connection);
    }

    @Transactional
    public ConnectionView get(long id) {
        return view(find(id));
    }

    @Transactional
    public List<ConnectionView> list() {
        return BuyerConnection.<BuyerConnection>listAll().stream()
                .sorted(java.util.Comparator.comparing(c -> c.id))
                .map(this::view).toList();
    }

    @Transactional
    public void delete(long id) {
        find(id).delete();
    }

    public static BuyerConnection find(long id) {
        return BuyerConnection.<BuyerConnection>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Connection", id));
    }

    private void apply(BuyerConnection connection, ConnectionRequest request) {
        connection.buyerName = request.buyerName().trim();
        connection.buyerCode = request.buyerCode().trim();
        connection.contractCode = blankToNull(request.contractCode());
        connection.autoProvisionUsers = request.autoProvisionUsers();
        connection.cartEncoding = request.cartEncoding() == null ? CartEncoding.URLENCODED : request.cartEncoding();
        connection.updatedAt = Instant.now();
        applySet(connection, Environment.PRODUCTION, request.production());
        applySet(connection, Environment.TEST, request.test());
    }

    private void applySet(BuyerConnection connection, Environment environment, ConnectionRequest.CredentialSet set) {
        ConnectionCredential existing = connection.credential(environment).orElse(null);
        if (set == null) {
            if (existing != null) {
                connection.credentials.remove(existing);
            }
            return;
        }
        ConnectionCredential other = ConnectionCredential.findByFrom(environment, set.fromDomain().trim(),
                set.fromIdentity().trim()).orElse(null);
        if (other != null && (connection.id == null || !other.connection.id.equals(connection.id))) {
            throw ProblemException.conflict("The " + environment.name().toLowerCase(Locale.ROOT) + " From identity "
                    + set.fromDomain() + ":" + set.fromIdentity() + " already belongs to connection " + other.connection.id);
        }
        ConnectionCredential credential = existing;
        if (credential == null) {
            if (set.sharedSecret() == null) {
                throw ProblemException.badRequest(environment.name().toLowerCase(Locale.ROOT)
                        + ".sharedSecret is required for a new credential set");
            }
            credential = new ConnectionCredential();
            credential.connection = connection;
            credential.environment = environment;
            connection.credentials.add(credential);
        }
        credential.fromDomain = set.fromDomain().trim();
        credential.fromIdentity = set.fromIdentity().trim();
        credential.toDomain = set.toDomain().trim();
        credential.toIdentity = set.toIdentity().trim();
        credential.senderDomain = set.senderDomain().trim();
        credential.senderIdentity = set.senderIdentity().trim();
        if (set.sharedSecret() != null) {
            credential.secretHash = hasher.hash(set.sharedSecret());
            credential.secretIsNone = set.sharedSecret().trim().equalsIgnoreCase("none");
        }
    }

    ConnectionView view(BuyerConnection c) {
        return new ConnectionView(c.id, c.buyerName, c.buyerCode, c.contractCode, c.autoProvisionUsers, c.cartEncoding,
                c.credential(Environment.PRODUCTION).map(this::view).orElse(null),
                c.credential(Environment.TEST).map(this::view).orElse(null),
                c.createdAt, c.updatedAt);
    }

    private ConnectionView.CredentialSetView view(ConnectionCredential c) {
        return new ConnectionView.CredentialSetView(c.fromDomain, c.fromIdentity, c.toDomain, c.toIdentity,
                c.senderDomain, c.senderIdentity, c.secretHash != null, c.secretIsNone,
                punchoutUrl(c.environment),
                c.environment == Environment.TEST ? config.orderRequestTestUrl() : config.orderRequestUrl());
    }

    /** One URL per environment; the test URL forces the test set, the main URL follows Request@deploymentMode. */
    public String punchoutUrl(Environment environment) {
        String base = stripSlash(config.publicBaseUrl());
        return environment == Environment.TEST ? base + "/cxml/punchout/test" : base + "/cxml/punchout";
    }

    static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
