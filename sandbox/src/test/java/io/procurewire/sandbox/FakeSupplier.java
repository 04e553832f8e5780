package io.procurewire.sandbox;

import io.procurewire.cxml.CartForm;
import io.procurewire.cxml.CxmlReader;
import io.procurewire.cxml.CxmlStatus;
import io.procurewire.cxml.CxmlWriter;
import io.procurewire.cxml.model.Classification;
import io.procurewire.cxml.model.Credential;
import io.procurewire.cxml.model.CxmlDocument;
import io.procurewire.cxml.model.Description;
import io.procurewire.cxml.model.Header;
import io.procurewire.cxml.model.ItemDetail;
import io.procurewire.cxml.model.ItemID;
import io.procurewire.cxml.model.ItemIn;
import io.procurewire.cxml.model.Message;
import io.procurewire.cxml.model.Money;
import io.procurewire.cxml.model.Party;
import io.procurewire.cxml.model.PunchOutOrderMessage;
import io.procurewire.cxml.model.PunchOutOrderMessageHeader;
import io.procurewire.cxml.model.PunchOutSetupRequest;
import io.procurewire.cxml.model.PunchOutSetupResponse;
import io.procurewire.cxml.model.Sender;
import io.procurewire.cxml.model.Total;
import io.procurewire.cxml.model.UnitPrice;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Test-only supplier, served by the sandbox's own test application so that the sandbox is tested on its own
 * (e2e-tests runs the flows against the real punchout-service): answers setup
 * requests, renders a tiny shop and a checkout page that auto-submits the cart to BrowserFormPost, and receives
 * OrderRequests with a configurable answer.
 */
@Path("/test-supplier")
@PermitAll // plays a supplier's public punchout and cXML endpoints, authenticated by cXML credentials
public class FakeSupplier {

    /** How the next setup request is answered. */
    public enum SetupMode { START_PAGE, STATUS_ERROR, NO_START_PAGE, HTML }

    public record ShopSession(String buyerCookie, String browserFormPost) {
    }

    public static volatile SetupMode setupMode = SetupMode.START_PAGE;
    public static volatile CartForm.Encoding cartEncoding = CartForm.Encoding.URLENCODED;
    /** HTTP status of the answer to OrderRequests; a cXML Status with the same code goes inside. */
    public static volatile int orderAnswer = 200;
    public static final List<CxmlDocument> setupRequests = new CopyOnWriteArrayList<>();
    public static final List<String> rawSetupRequests = new CopyOnWriteArrayList<>();
    public static final List<CxmlDocument> orderRequests = new CopyOnWriteArrayList<>();
    static final Map<String, ShopSession> sessions = new ConcurrentHashMap<>();

    private static final CxmlReader READER = new CxmlReader();
    private static final CxmlWriter WRITER = new CxmlWriter();

    public static void reset() {
        setupMode = SetupMode.START_PAGE;
        cartEncoding = CartForm.Encoding.URLENCODED;
        orderAnswer = 200;
        setupRequests.clear();
        rawSetupRequests.clear();
        orderRequests.clear();
    }

    @POST
    @Path("/punchout")
    @Consumes("*/*")
    @Produces("text/xml")
    public Response setup(String body, @Context UriInfo uri) {
        rawSetupRequests.add(body);
        CxmlDocument request = READER.read(body);
        setupRequests.add(request);
        PunchOutSetupRequest setup = request.getRequest().getPunchOutSetupRequest();
        return switch (setupMode) {
            case HTML -> Response.ok("<html><body>Maintenance</body></html>", "text/html").build();
            case STATUS_ERROR -> xml(200, WRITER.write(CxmlStatus.response(CxmlStatus.UNAUTHORIZED,
                    "Login name is not available")));
            case NO_START_PAGE -> xml(200, WRITER.write(CxmlStatus.response(CxmlStatus.OK, null)));
            case START_PAGE -> {
                String token = UUID.randomUUID().toString();
                sessions.put(token, new ShopSession(setup.getBuyerCookie(), setup.browserFormPostUrl().orElseThrow()));
                CxmlDocument ok = CxmlStatus.response(CxmlStatus.OK, null);
                ok.getResponse().setPunchOutSetupResponse(new PunchOutSetupResponse(
                        uri.getBaseUri().resolve("test-supplier/shop?s=" + token).toString()));
                yield xml(200, WRITER.write(ok));
            }
        };
    }

    @GET
    @Path("/shop")
    @Produces("text/html")
    public String shop(@QueryParam("s") String token) {
        return "<!DOCTYPE html><html><head><title>Fake supplier shop</title></head><body><h1>Fake supplier shop</h1>"
                + "<p>Copy paper A4, 45.00 USD per box</p>"
                + "<form method=\"get\" action=\"/test-supplier/checkout\"><input type=\"hidden\" name=\"s\" value=\""
                + token + "\"><button id=\"checkout\" type=\"submit\">Checkout</button></form></body></html>";
    }

    /** The supplier's checkout page: a form auto-submitted to BrowserFormPost, as punchout shops do. */
    @GET
    @Path("/checkout")
    @Produces("text/html")
    public String checkout(@QueryParam("s") String token) {
        ShopSession session = sessions.get(token);
        CartForm.FormField field = CartForm.encode(cartXml(session.buyerCookie()), cartEncoding);
        return "<!DOCTYPE html><html><body onload=\"document.forms[0].submit()\"><form method=\"post\" action=\""
                + html(session.browserFormPost()) + "\"><input type=\"hidden\" name=\"" + field.name() + "\" value=\""
                + html(field.value()) + "\"><noscript><button type=\"submit\">Return to buyer</button></noscript>"
                + "</form></body></html>";
    }

    @POST
    @Path("/orders")
    @Consumes("*/*")
    @Produces("text/xml")
    public Response order(String body) {
        CxmlDocument order = READER.read(body);
        orderRequests.add(order);
        String status = WRITER.write(CxmlStatus.response(orderAnswer >= 400 ? orderAnswer : 200, null,
                order.getPayloadId()));
        return xml(orderAnswer, status);
    }

    /** Bytes, not a String: a String with an XML media type would be wrapped by the JAXB writer. */
    private static Response xml(int status, String xml) {
        return Response.status(status).type("text/xml; charset=UTF-8")
                .entity(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)).build();
    }

    /** A valid two-line cart in the shape punchout shops return. */
    public static String cartXml(String buyerCookie) {
        PunchOutOrderMessage cart = new PunchOutOrderMessage().withBuyerCookie(buyerCookie)
                .withHeader(new PunchOutOrderMessageHeader().withOperationAllowed("edit")
                        .withTotal(new Total(new Money("USD", "101.50"))))
                .addItems(item(1, "PAPER-A4", "Copy paper A4, 500 sheets", "2", "45.00", "BX", "14111507"),
                        item(2, "PEN-BLUE", "Ballpoint pen, blue", "1", "11.50", "EA", "44121704"));
        Header header = new Header().withFrom(new Party(new Credential("DUNS", "987654321")))
                .withTo(new Party(new Credential("DUNS", "123456789")))
                .withSender(new Sender("Fake supplier", new Credential("DUNS", "987654321")));
        return WRITER.write(CxmlDocument.message(header, new Message().withPunchOutOrderMessage(cart)));
    }

    static ItemIn item(int line, String part, String description, String quantity, String price, String uom,
                       String unspsc) {
        return new ItemIn().withLineNumber(line).withQuantity(new BigDecimal(quantity))
                .withItemId(new ItemID(part, "aux-" + line))
                .withItemDetail(new ItemDetail().withUnitPrice(new UnitPrice(new Money("USD", price)))
                        .addDescriptions(new Description("en-US", description)).withUnitOfMeasure(uom)
                        .addClassifications(new Classification("UNSPSC", unspsc)));
    }

    static String html(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
