package io.procurewire.sandbox.buyer;

import io.procurewire.cxml.CxmlReader;
import io.procurewire.cxml.CxmlWriter;
import io.procurewire.sandbox.SandboxConfig;
import io.procurewire.sandbox.api.Timestamps;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * "Shop at supplier": opens a punchout session, sends the setup request and returns the StartPage to follow; later
 * takes the cart posted back to BrowserFormPost and turns it into requisition lines. The network call runs outside
 * any transaction; the session row records the outcome either way.
 */
@ApplicationScoped
public class Punchouts {

    private static final Logger LOG = Logger.getLogger(Punchouts.class);
    /** Per bean, created at run time: a static one would be seeded once, while building a native image. */
    private final SecureRandom random = new SecureRandom();

    private final SupplierHttp http;
    private final SandboxConfig config;
    private final CxmlReader reader = new CxmlReader();
    private final CxmlWriter writer = new CxmlWriter();

    public Punchouts(SupplierHttp http, SandboxConfig config) {
        this.http = http;
        this.config = config;
    }

    /** @return the StartPage URL to send the browser to; throws {@link PunchoutFailed} with the buyer's message */
    public String start(long requisitionId, long siteId, String baseUrl) {
        String base = config.buyer().publicUrl().orElse(baseUrl).replaceAll("/+$", "");
        record Prepared(long sessionId, String url, String xml) {
        }
        Prepared prepared = QuarkusTransaction.requiringNew().call(() -> {
            Requisition requisition = Requisitions.find(requisitionId);
            if (!requisition.isDraft()) {
                throw new PunchoutFailed("Requisition " + requisitionId + " is " + requisition.status
                        + "; only a draft requisition can be filled from a supplier");
            }
            PunchoutSite site = PunchoutSite.findById(siteId);
            if (site == null) {
                throw new PunchoutFailed("Unknown punchout supplier " + siteId);
            }
            PunchoutSession session = new PunchoutSession();
            session.requisition = requisition;
            session.site = site;
            byte[] cookie = new byte[16];
            random.nextBytes(cookie);
            session.buyerCookie = HexFormat.of().formatHex(cookie);
            session.status = PunchoutSession.STARTED;
            session.persist();
            String xml = writer.write(SetupRequests.build(new SetupRequests.Setup(site, requisition.requester, requisition,
                    session.buyerCookie, base + "/punchout/checkout?id=" + session.id, config.buyer().userAgent())));
            return new Prepared(session.id, site.punchoutUrl, xml);
        });
        try {
            SupplierHttp.Answer answer = http.postCxml(prepared.url(), prepared.xml(), config.buyer().setupTimeout());
            String startPage = SetupRequests.startPage(reader, answer.status(), answer.body());
            record(prepared.sessionId(), PunchoutSession.STARTED, startPage, null);
            return startPage;
        } catch (IOException e) {
            String message = "Could not reach the supplier's punchout site: "
                    + Unreachable.describe(e, prepared.url(), config.buyer().setupTimeout());
            LOG.infof("punchout setup to %s failed: %s", prepared.url(), message);
            record(prepared.sessionId(), PunchoutSession.FAILED, null, message);
            throw new PunchoutFailed(message);
        } catch (PunchoutFailed e) {
            record(prepared.sessionId(), PunchoutSession.FAILED, null, e.getMessage());
            throw e;
        }
    }

    /** The cart came back to /punchout/checkout?id=sessionId. @return the requisition that received the lines */
    public long receiveCart(long sessionId, Map<String, List<String>> form) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                PunchoutSession session = PunchoutSession.findById(sessionId);
                if (session == null) {
                    throw new PunchoutFailed("Punchout failed to return a cart: unknown punchout session " + sessionId);
                }
                if (!PunchoutSession.STARTED.equals(session.status)) {
                    throw new PunchoutFailed("This punchout session is already " + session.status
                            + "; start a new one with \"Shop at supplier\"");
                }
                List<Carts.CartLine> lines = Carts.read(reader, form, session.buyerCookie);
                Requisition requisition = session.requisition;
                if (!requisition.isDraft()) {
                    throw new PunchoutFailed("Requisition " + requisition.id + " is no longer a draft");
                }
                for (Carts.CartLine cartLine : lines) {
                    RequisitionLine line = new RequisitionLine();
                    line.requisition = requisition;
                    line.punchoutSession = session;
                    line.supplier = session.site.supplier;
                    line.lineNum = requisition.nextLineNum();
                    line.description = cartLine.description();
                    line.quantity = cartLine.quantity();
                    line.price = cartLine.price();
                    line.currency = cartLine.currency();
                    line.uom = cartLine.uom();
                    line.supplierPartNum = cartLine.supplierPartNum();
                    line.supplierAuxPartNum = cartLine.supplierAuxPartNum();
                    line.commodity = cartLine.commodity();
                    line.manufacturer = cartLine.manufacturer();
                    requisition.lines.add(line);
                }
                requisition.updatedAt = Timestamps.now();
                session.status = PunchoutSession.RETURNED;
                session.returnedAt = Timestamps.now();
                return requisition.id;
            });
        } catch (PunchoutFailed e) {
            record(sessionId, PunchoutSession.FAILED, null, e.getMessage());
            throw e;
        }
    }

    private static void record(long sessionId, String status, String startPage, String error) {
        QuarkusTransaction.requiringNew().run(() -> {
            PunchoutSession session = PunchoutSession.findById(sessionId);
            if (session == null || PunchoutSession.RETURNED.equals(session.status)) {
                return;
            }
            session.status = status;
            if (startPage != null) {
                session.startPageUrl = startPage;
            }
            session.error = error;
        });
    }

    /** The requisition a session belongs to, to show its page after a failed cart. */
    public static Long requisitionOf(long sessionId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            PunchoutSession session = PunchoutSession.findById(sessionId);
            return session == null ? null : session.requisition.id;
        });
    }
}
