package io.procurewire.punchout.session;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.procurewire.cxml.Credentials;
import io.procurewire.cxml.CxmlReadException;
import io.procurewire.cxml.CxmlReader;
import io.procurewire.cxml.CxmlStatus;
import io.procurewire.cxml.CxmlWriter;
import io.procurewire.cxml.model.Contact;
import io.procurewire.cxml.model.Credential;
import io.procurewire.cxml.model.CxmlDocument;
import io.procurewire.cxml.model.Header;
import io.procurewire.cxml.model.ItemOut;
import io.procurewire.cxml.model.PunchOutSetupRequest;
import io.procurewire.cxml.model.PunchOutSetupResponse;
import io.procurewire.cxml.model.Request;
import io.procurewire.punchout.PunchoutConfig;
import io.procurewire.punchout.account.AccountService;
import io.procurewire.punchout.account.BuyerUser;
import io.procurewire.punchout.account.CustomerAccount;
import io.procurewire.punchout.audit.DeclaredEncoding;
import io.procurewire.punchout.audit.ExchangeLog;
import io.procurewire.punchout.cart.CartService;
import io.procurewire.punchout.catalog.CatalogClient;
import io.procurewire.punchout.catalog.CatalogDtos.PriceQuote;
import io.procurewire.punchout.catalog.CatalogDtos.QuoteLineRequest;
import io.procurewire.punchout.catalog.CatalogDtos.QuotedLine;
import io.procurewire.punchout.catalog.CatalogUnavailable;
import io.procurewire.punchout.catalog.Fetched;
import io.procurewire.punchout.connection.CredentialMatch;
import io.procurewire.punchout.connection.Environment;
import io.procurewire.cxml.SecretHasher;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Answers a PunchOutSetupRequest within the same HTTP exchange: a PunchOutSetupResponse with a single-use StartPage
 * URL, or a cXML Status error. Order of checks: readable document (400) → authentication (401, one answer for unknown
 * identity and wrong secret) → content (400/450) → timestamp skew (400) → replay (409) → user (403/400).
 */
@ApplicationScoped
public class SetupRequestHandler {

    private static final Logger LOG = Logger.getLogger(SetupRequestHandler.class);
    private static final String AUTH_FAILED = "Authentication failed: unknown sender or wrong shared secret";

    private final CxmlReader reader = new CxmlReader();
    private final CxmlWriter writer = new CxmlWriter();
    private final SecretHasher hasher;
    private final PunchoutConfig config;
    private final ExchangeLog exchanges;
    private final AccountService accounts;
    private final SessionService sessions;
    private final CatalogClient catalog;
    private final MeterRegistry meters;
    private final SetupStore store;
    /**
     * The "status 200" counter of each operation, looked up on first use and kept: a registry lookup builds and sorts
     * its tags on every call. Counters publish their state safely (final fields), so a racing first use only looks it
     * up twice and both get the registry's one counter.
     */
    private final Counter[] accepted = new Counter[Operation.values().length];

    public SetupRequestHandler(SecretHasher hasher, PunchoutConfig config, ExchangeLog exchanges,
                               AccountService accounts, SessionService sessions, CatalogClient catalog,
                               MeterRegistry meters, SetupStore store) {
        this.store = store;
        this.hasher = hasher;
        this.config = config;
        this.exchanges = exchanges;
        this.accounts = accounts;
        this.sessions = sessions;
        this.catalog = catalog;
        this.meters = meters;
    }

    /** The authenticated request: its connection, credential set and the parts the session needs. */
    private record Authenticated(CredentialMatch connection, Environment environment, CxmlDocument document,
                                 PunchOutSetupRequest setup, Operation operation, String rawDocument, BuyerUser user,
                                 Optional<SetupStore.Account> account) {
        long connectionId() {
            return connection.connectionId();
        }
    }

    /**
     * @param forcedEnvironment TEST when the request came to the test punchout URL; empty to follow deploymentMode
     * @return the cXML answer (always sent with HTTP 200)
     */
    public String handle(byte[] in, Optional<Environment> forcedEnvironment) {
        Instant now = Instant.now();
        CxmlDocument document;
        byte[] body;
        try {
            body = readLimited(in);
            document = reader.read(body);
        } catch (CxmlReadException e) {
            return answerError(e.statusCode(), e.getMessage(), null, null, null, now);
        }
        String requestPayloadId = document.getPayloadId();
        Authenticated request;
        try {
            request = authenticate(document, body, forcedEnvironment);
        } catch (SetupRejected e) {
            return answerError(e.statusCode(), e.getMessage(), requestPayloadId, null, null, now);
        }
        try {
            checkContent(request, body, now);
            List<QuoteLineRequest> wanted = itemOutLines(request.setup());
            Fetched<PriceQuote> quote = wanted.isEmpty() ? null : quote(request.connection(), wanted);
            // the common case (an identifiable user, nothing to re-price) in one statement; the rest in a transaction
            String xml = null;
            if (wanted.isEmpty() && request.operation() != null && request.user().identifiable()
                    && (request.account().isPresent() || request.connection().autoProvisionUsers())) {
                try {
                    xml = openInOneStatement(request, now);
                } catch (SetupStore.ConcurrentProvisioning e) {
                    xml = null; // nothing was written: the transaction below finds the account the other request made
                }
            }
            if (xml == null) {
                xml = QuarkusTransaction.requiringNew().call(() -> open(request, wanted, quote, now));
            }
            accepted(request.operation()).increment();
            return xml;
        } catch (SetupRejected e) {
            return answerError(e.statusCode(), e.getMessage(), requestPayloadId, request, e, now);
        } catch (AccountService.NoAccount e) {
            return answerError(e.statusCode(), e.getMessage(), requestPayloadId, request, e, now);
        } catch (RuntimeException unexpected) {
            // a cXML caller must get a cXML Status, never problem JSON or an HTML error page
            LOG.errorf(unexpected, "setup request %s failed", requestPayloadId);
            return answerError(CxmlStatus.INTERNAL_SERVER_ERROR, "The request could not be processed; please retry",
                    requestPayloadId, request, unexpected, now);
        }
    }

    private Authenticated authenticate(CxmlDocument document, byte[] body, Optional<Environment> forcedEnvironment) {
        Request request = document.getRequest();
        if (request == null || request.getPunchOutSetupRequest() == null) {
            throw new SetupRejected(CxmlStatus.NOT_ACCEPTABLE,
                    "This URL accepts PunchOutSetupRequest only, got "
                            + (request == null ? "no Request" : request.payloadName().orElse("an empty Request")));
        }
        Header header = document.getHeader();
        if (header == null || header.getFrom() == null || header.getFrom().getCredentials().isEmpty()
                || header.getSender() == null || header.getSender().getCredentials().isEmpty()) {
            throw new SetupRejected(CxmlStatus.BAD_REQUEST, "Header needs From and Sender credentials");
        }
        Environment environment = forcedEnvironment.orElse(Environment.ofDeploymentMode(request.getDeploymentMode()));
        PunchOutSetupRequest setup = request.getPunchOutSetupRequest();
        BuyerUser user = user(setup);
        SetupStore.Found found = null;
        for (Credential from : header.getFrom().getCredentials()) {
            if (from.getDomain() != null && from.getIdentity() != null) {
                found = store.find(environment, from.getDomain().trim(), from.getIdentity().trim(), user).orElse(null);
            }
            if (found != null) {
                break;
            }
        }
        CredentialMatch credential = found == null ? null : found.credential();
        List<Credential> senders = header.getSender().getCredentials();
        if (credential == null) {
            // the same work as a real verification, so that timing does not tell which identities exist
            hasher.burnDecoy(senders.get(0).getSharedSecret());
            LOG.infof("setup request %s refused: no %s connection for its From credentials", document.getPayloadId(),
                    environment);
            throw new SetupRejected(CxmlStatus.UNAUTHORIZED, AUTH_FAILED);
        }
        CredentialMatch expected = credential;
        Credential sender = senders.stream()
                .filter(c -> Credentials.sameIdentity(c, expected.senderDomain(), expected.senderIdentity()))
                .findFirst().orElse(null);
        boolean toMatches = header.getTo() == null || header.getTo().getCredentials().isEmpty()
                || header.getTo().getCredentials().stream()
                .anyMatch(c -> Credentials.sameIdentity(c, expected.toDomain(), expected.toIdentity()));
        boolean secretMatches = hasher.matchesRemembering(sender == null ? senders.get(0).getSharedSecret() : sender.getSharedSecret(),
                expected.secretHash());
        if (sender == null || !secretMatches || !toMatches) {
            LOG.infof("setup request %s refused for connection %d: %s", document.getPayloadId(),
                    expected.connectionId(), sender == null ? "sender identity differs" : !toMatches
                            ? "To identity differs" : "shared secret differs");
            throw new SetupRejected(CxmlStatus.UNAUTHORIZED, AUTH_FAILED);
        }
        return new Authenticated(expected, environment, document, setup,
                Operation.parse(setup.getOperation()).orElse(null), DeclaredEncoding.decode(body), user,
                found.account());
    }

    private void checkContent(Authenticated request, byte[] body, Instant now) {
        PunchOutSetupRequest setup = request.setup();
        if ("source".equals(setup.normalizedOperation().orElse(null))) {
            throw new SetupRejected(CxmlStatus.NOT_IMPLEMENTED, "operation 'source' is not supported; use create, edit or inspect");
        }
        List<String> problems = new ArrayList<>(setup.validate());
        if (request.operation() == Operation.INSPECT) {
            // inspect carts cannot be checked out: a missing BrowserFormPost does not matter
            problems.removeIf(p -> p.contains("BrowserFormPost"));
        }
        String formPost = setup.browserFormPostUrl().orElse(null);
        if (formPost != null && (!isHttpUrl(formPost) || formPost.length() > 2000)) {
            problems.add("BrowserFormPost/URL must be an absolute http(s) URL of at most 2000 characters");
        }
        if (setup.getBuyerCookie() != null && setup.getBuyerCookie().length() > 2000) {
            problems.add("BuyerCookie is longer than 2000 characters");
        }
        if (request.document().getPayloadId() == null || request.document().getPayloadId().length() > 250) {
            problems.add("cXML@payloadID is required and at most 250 characters");
        }
        if (request.operation() != Operation.CREATE) {
            for (ItemOut item : setup.getItemOuts()) {
                if (item.getItemId() == null || item.getItemId().getSupplierPartId() == null
                        || item.getItemId().getSupplierPartId().isBlank()) {
                    problems.add("ItemOut/ItemID/SupplierPartID is required to reopen a cart");
                } else if (item.getQuantity() == null || item.getQuantity().signum() <= 0) {
                    problems.add("ItemOut@quantity must be greater than 0 for part " + item.getItemId().getSupplierPartId());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new SetupRejected(CxmlStatus.BAD_REQUEST, String.join("; ", problems));
        }
        String skew = RequestClock.check(request.document().getTimestamp(), RequestClock.declaresZone(body), now,
                config.maxClockSkew());
        if (skew != null) {
            throw new SetupRejected(CxmlStatus.BAD_REQUEST, skew);
        }
    }

    private static List<QuoteLineRequest> itemOutLines(PunchOutSetupRequest setup) {
        if (Operation.parse(setup.getOperation()).orElse(Operation.CREATE) == Operation.CREATE) {
            return List.of(); // ItemOut in a create request are ignored: create starts an empty cart
        }
        return setup.getItemOuts().stream().map(i -> new QuoteLineRequest(i.getItemId().getSupplierPartId().trim(),
                blankToNull(i.getItemId().getSupplierPartAuxiliaryId()), i.getQuantity())).toList();
    }

    private Fetched<PriceQuote> quote(CredentialMatch connection, List<QuoteLineRequest> lines) {
        try {
            return catalog.quote(connection.buyerCode(), connection.contractCode(), lines);
        } catch (CatalogUnavailable e) {
            throw new SetupRejected(CxmlStatus.INTERNAL_SERVER_ERROR,
                    "The catalog is temporarily unavailable to re-price the cart; please retry");
        } catch (CatalogClient.CatalogRejected e) {
            throw new SetupRejected(CxmlStatus.INTERNAL_SERVER_ERROR, "The cart could not be re-priced");
        }
    }

    /**
     * A setup without a cart to re-price: the answer is written first (it needs only the start token), then one
     * statement writes the replay guard, the account (provisioned, or its changes), the session and both audit records.
     */
    private String openInOneStatement(Authenticated request, Instant now) {
        CxmlDocument document = request.document();
        PunchOutSetupRequest setup = request.setup();
        String token = Tokens.newToken();
        CxmlDocument answer = CxmlStatus.response(CxmlStatus.OK, null, document.getPayloadId());
        answer.getResponse().setPunchOutSetupResponse(new PunchOutSetupResponse(sessions.startPageUrl(token)));
        String xml = writer.write(answer);
        OptionalLong session = store.open(new SetupStore.Opening(request.connection(), request.account(),
                request.user(), request.environment(), request.operation(),
                setup.getBuyerCookie() == null ? "" : setup.getBuyerCookie(), setup.browserFormPostUrl().orElse(""),
                document.getPayloadId(), request.rawDocument(), Tokens.hash(token), now.plus(config.startTokenTtl()),
                answer.getPayloadId(), xml, now));
        if (session.isEmpty()) {
            throw new SetupRejected(CxmlStatus.CONFLICT, "payloadID " + document.getPayloadId() + " was already received");
        }
        return xml;
    }

    /** One transaction: replay guard, user, session, reopened cart, audit of request and response. */
    private String open(Authenticated request, List<QuoteLineRequest> wanted, Fetched<PriceQuote> quote, Instant now) {
        CxmlDocument document = request.document();
        String environment = request.environment().name();
        if (!exchanges.recordInbound(request.connectionId(), "PunchOutSetupRequest", document.getPayloadId(),
                environment, request.rawDocument(), now, false)) {
            throw new SetupRejected(CxmlStatus.CONFLICT, "payloadID " + document.getPayloadId() + " was already received");
        }
        CredentialMatch connection = request.connection(); // read with the credential: no second read of the connection
        PunchOutSetupRequest setup = request.setup();
        CustomerAccount account = accounts.matchOrProvision(connection.connectionId(), connection.autoProvisionUsers(),
                request.user(), now);
        String formPost = setup.browserFormPostUrl().orElse("");
        SessionService.Opened opened = sessions.open(connection, account, request.environment(), request.operation(),
                setup.getBuyerCookie() == null ? "" : setup.getBuyerCookie(), formPost, document.getPayloadId(), now);
        if (quote != null) {
            List<QuotedLine> available = new ArrayList<>();
            List<BigDecimal> quantities = new ArrayList<>();
            for (int i = 0; i < wanted.size(); i++) {
                QuotedLine line = i < quote.value().lines().size() ? quote.value().lines().get(i) : null;
                if (line != null && line.available() && line.unitPrice() != null) {
                    available.add(line);
                    quantities.add(wanted.get(i).quantity());
                } else {
                    LOG.infof("session %d: ItemOut part %s is no longer available and was left out", opened.session().id,
                            wanted.get(i).supplierPartId());
                }
            }
            CartService.seed(opened.session().id, available, quantities, quote);
        }
        CxmlDocument answer = CxmlStatus.response(CxmlStatus.OK, null, document.getPayloadId());
        answer.getResponse().setPunchOutSetupResponse(new PunchOutSetupResponse(sessions.startPageUrl(opened.startToken())));
        String xml = writer.write(answer);
        exchanges.recordOutbound(connection.connectionId(), opened.session().id, "PunchOutSetupResponse", answer.getPayloadId(),
                document.getPayloadId(), CxmlStatus.OK, environment, xml, now);
        return xml;
    }

    private Counter accepted(Operation operation) {
        Counter counter = accepted[operation.ordinal()];
        if (counter == null) {
            counter = meters.counter("procurewire_punchout_setup_requests_total", "status", "200",
                    "operation", operation.cxml());
            accepted[operation.ordinal()] = counter;
        }
        return counter;
    }

    private String answerError(int code, String text, String inReplyTo, Authenticated request, Exception cause,
                               Instant now) {
        CxmlDocument answer = CxmlStatus.response(code, text, inReplyTo);
        String xml = writer.write(answer);
        meters.counter("procurewire_punchout_setup_requests_total", "status", String.valueOf(code),
                "operation", request == null || request.operation() == null ? "unknown" : request.operation().cxml())
                .increment();
        if (request != null) {
            // authenticated: keep both sides in the audit log (the request only if it is not a replay); after a 5xx
            // ("please retry") the buyer's retry of the same payloadID is let through
            boolean retryAllowed = code >= 500;
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    exchanges.recordInbound(request.connectionId(), "PunchOutSetupRequest",
                            request.document().getPayloadId(), request.environment().name(), request.rawDocument(), now,
                            retryAllowed);
                    exchanges.recordOutbound(request.connectionId(), null, "Status", answer.getPayloadId(), inReplyTo,
                            code, request.environment().name(), xml, now);
                });
            } catch (RuntimeException auditFailure) {
                LOG.warn("could not write the audit log of a refused setup request", auditFailure);
            }
        }
        return xml;
    }

    /** The body, refused beyond the reader's size limit. */
    private byte[] readLimited(byte[] in) {
        long limit = reader.options().maxDocumentBytes();
        byte[] bytes = in == null ? new byte[0] : in;
        if (bytes.length > limit) {
            throw new CxmlReadException(CxmlStatus.BAD_REQUEST, "document exceeds the maximum size of " + limit + " bytes");
        }
        return bytes;
    }

    static BuyerUser user(PunchOutSetupRequest setup) {
        Contact contact = setup.contact("endUser").orElse(setup.getContacts().isEmpty() ? null : setup.getContacts().get(0));
        String contactEmail = contact == null ? null : contact.email().orElse(null);
        String contactName = contact == null || contact.getName() == null ? null : contact.getName().getValue();
        String firstName = setup.extrinsic("FirstName").orElse(null);
        String lastName = setup.extrinsic("LastName").orElse(null);
        if (firstName == null && lastName == null && contactName != null) {
            firstName = contactName;
        }
        return new BuyerUser(
                setup.extrinsic("UniqueName").or(() -> setup.extrinsic("User")).orElse(null),
                setup.extrinsic("UserEmail").orElse(contactEmail),
                firstName, lastName,
                setup.extrinsic("BusinessUnit").orElse(null));
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = URI.create(url.trim());
            return uri.isAbsolute() && uri.getHost() != null
                    && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
