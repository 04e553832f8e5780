package io.procurewire.sandbox.buyer;

import io.procurewire.problem.ProblemException;
import io.procurewire.sandbox.api.CoupaApiException;
import io.procurewire.sandbox.order.OrderTransmission;
import io.procurewire.sandbox.po.NewOrderLine;
import io.procurewire.sandbox.po.OrderLine;
import io.procurewire.sandbox.confirmation.SupplierConfirmations;
import io.procurewire.sandbox.po.PurchaseOrder;
import io.procurewire.sandbox.po.PurchaseOrders;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The buyer's pages, server-rendered: requisitions, "shop at supplier", the BrowserFormPost receiver
 * (/punchout/checkout?id=, Coupa's path), approval into POs, and PO change/cancel/close.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@PermitAll // the requester's pages: the sandbox plays a buyer whose users it does not sign in.
public class BuyerPages {

    @Location("requisitions.html")
    Template requisitionsPage;
    @Location("requisition.html")
    Template requisitionPage;
    @Location("purchase-order.html")
    Template purchaseOrderPage;
    @Location("purchase-orders.html")
    Template purchaseOrdersPage;
    @Location("error.html")
    Template errorPage;

    /** The PO list shows the newest ones; the Core API pages through all of them. */
    private static final int PO_LIST_SIZE = 200;

    private final Requisitions requisitions;
    private final Punchouts punchouts;
    private final PurchaseOrders orders;

    public BuyerPages(Requisitions requisitions, Punchouts punchouts, PurchaseOrders orders) {
        this.requisitions = requisitions;
        this.punchouts = punchouts;
        this.orders = orders;
    }

    @GET
    public Response home() {
        return Response.seeOther(URI.create("/requisitions")).build();
    }

    @GET
    @Path("requisitions")
    public TemplateInstance list() {
        return QuarkusTransaction.requiringNew().call(() -> requisitionsPage
                .data("users", BuyerUser.<BuyerUser>listAll().stream()
                        .map(u -> new Views.UserOption(u.id, u.fullName(), u.email)).toList())
                .data("requisitions", Requisition.<Requisition>list("order by id desc").stream()
                        .map(r -> new Views.RequisitionRow(r.id, r.title, r.status, r.requester.fullName(),
                                r.total().toPlainString(), r.currency())).toList()));
    }

    @POST
    @Path("requisitions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@FormParam("userId") Long userId, @FormParam("title") String title) {
        if (userId == null) {
            return error(400, "Choose who the requisition is for");
        }
        Requisition requisition = requisitions.create(userId, title);
        return Response.seeOther(URI.create("/requisitions/" + requisition.id)).build();
    }

    @GET
    @Path("requisitions/{id}")
    public Response show(@PathParam("id") long id, @QueryParam("notice") String notice) {
        return Response.ok(requisitionView(id, null, notice)).build();
    }

    @POST
    @Path("requisitions/{id}/punchout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response shop(@PathParam("id") long id, @FormParam("siteId") Long siteId, @Context UriInfo uri) {
        if (siteId == null) {
            return Response.status(400).entity(requisitionView(id, "Choose a punchout supplier", null)).build();
        }
        try {
            String startPage = punchouts.start(id, siteId, uri.getBaseUri().toString());
            return Response.seeOther(URI.create(startPage)).build();
        } catch (PunchoutFailed failed) {
            return Response.status(502).entity(requisitionView(id, failed.getMessage(), null)).build();
        } catch (IllegalArgumentException badStartPage) {
            return Response.status(502).entity(requisitionView(id,
                    "The supplier's StartPage URL is not a valid URL", null)).build();
        }
    }

    /** BrowserFormPost receiver: the supplier's checkout page auto-submits the cart here. */
    @POST
    @Path("punchout/checkout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response checkout(@QueryParam("id") Long sessionId, MultivaluedMap<String, String> form) {
        if (sessionId == null) {
            return error(400, "Punchout failed to return a cart: the checkout URL has no punchout session id");
        }
        Map<String, List<String>> fields = new LinkedHashMap<>(form);
        try {
            long requisitionId = punchouts.receiveCart(sessionId, fields);
            return Response.seeOther(URI.create("/requisitions/" + requisitionId + "?notice=cart-added")).build();
        } catch (PunchoutFailed failed) {
            Long requisitionId = Punchouts.requisitionOf(sessionId);
            if (requisitionId == null) {
                return error(400, failed.getMessage());
            }
            return Response.status(400).entity(requisitionView(requisitionId, failed.getMessage(), null)).build();
        }
    }

    @POST
    @Path("requisitions/{id}/approve")
    public Response approve(@PathParam("id") long id) {
        try {
            requisitions.approve(id);
            return Response.seeOther(URI.create("/requisitions/" + id + "?notice=approved")).build();
        } catch (ProblemException refused) {
            return Response.status(refused.status()).entity(requisitionView(id, refused.getMessage(), null)).build();
        }
    }

    @GET
    @Path("purchase-orders/{id}")
    public TemplateInstance purchaseOrder(@PathParam("id") long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            PurchaseOrder po = PurchaseOrders.find(id);
            return purchaseOrderPage.data("po", new Views.PoPage(po.id, po.poNumber, po.status,
                    PurchaseOrder.ISSUED.equals(po.status), po.version, po.exported, po.supplier.name,
                    po.supplier.poMethod, po.currency, po.total().toPlainString(),
                    po.activeLines().stream().map(Views::line).toList(),
                    OrderTransmission.<OrderTransmission>list("purchaseOrderId = ?1 order by id", po.id).stream()
                            .map(t -> new Views.Transmission(t.orderType, t.version, t.status, t.attempts, t.lastResult))
                            .toList(), po.requisitionId, po.confirmationStatus,
                    SupplierConfirmations.of(po.id).stream().map(Views::confirmation).toList()));
        });
    }

    @GET
    @Path("purchase-orders")
    public TemplateInstance purchaseOrders() {
        return QuarkusTransaction.requiringNew().call(() -> purchaseOrdersPage.data("orders",
                PurchaseOrder.<PurchaseOrder>find("order by id desc").range(0, PO_LIST_SIZE - 1).list().stream()
                        .map(Views::row).toList()).data("limit", PO_LIST_SIZE));
    }

    /** Change quantities (form fields qty-<line-num>; 0 removes the line): a new PO version. */
    @POST
    @Path("purchase-orders/{id}/change")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        try {
            Map<Integer, NewOrderLine> lines = QuarkusTransaction.requiringNew().call(() -> {
                Map<Integer, NewOrderLine> changed = new LinkedHashMap<>();
                for (OrderLine line : PurchaseOrders.find(id).activeLines()) {
                    String value = form.getFirst("qty-" + line.lineNum);
                    BigDecimal quantity = value == null || value.isBlank() ? line.quantity : new BigDecimal(value.trim());
                    if (quantity.signum() > 0) {
                        changed.put(line.lineNum, new NewOrderLine(line.description, quantity, line.price, line.uom,
                                line.supplierPartNum, line.supplierAuxPartNum, line.commodity, line.needByDate,
                                line.accountCode));
                    }
                }
                return changed;
            });
            orders.change(id, lines);
        } catch (NumberFormatException e) {
            return error(400, "Quantities must be numbers");
        } catch (CoupaApiException refused) {
            return error(refused.status(), refused.getMessage());
        }
        return Response.seeOther(URI.create("/purchase-orders/" + id)).build();
    }

    @POST
    @Path("purchase-orders/{id}/cancel")
    public Response cancel(@PathParam("id") long id) {
        try {
            orders.cancel(id);
        } catch (CoupaApiException refused) {
            return error(refused.status(), refused.getMessage());
        }
        return Response.seeOther(URI.create("/purchase-orders/" + id)).build();
    }

    @POST
    @Path("purchase-orders/{id}/close")
    public Response close(@PathParam("id") long id) {
        try {
            orders.close(id);
        } catch (CoupaApiException refused) {
            return error(refused.status(), refused.getMessage());
        }
        return Response.seeOther(URI.create("/purchase-orders/" + id)).build();
    }

    private TemplateInstance requisitionView(long id, String error, String notice) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Requisition r = Requisitions.find(id);
            List<Views.Site> sites = PunchoutSite.<PunchoutSite>list("organisation = ?1 order by name",
                    r.requester.organisation).stream().map(s -> new Views.Site(s.id, s.name)).toList();
            List<Views.PoRow> pos = PurchaseOrder.<PurchaseOrder>list("requisitionId = ?1 order by id", r.id).stream()
                    .map(Views::row).toList();
            String noticeText = notice == null ? null : switch (notice) {
                case "cart-added" -> "The supplier's cart was added to the requisition.";
                case "approved" -> "Requisition approved: purchase orders issued.";
                default -> null;
            };
            return requisitionPage.data("req", new Views.RequisitionPage(r.id, r.title, r.status, r.isDraft(),
                    r.requester.fullName(), r.lines.stream().map(Views::line).toList(), r.total().toPlainString(), r.currency(),
                    sites, pos, error, noticeText));
        });
    }

    private Response error(int status, String message) {
        return Response.status(status).entity(errorPage.data("message", message).data("status", status)).build();
    }
}
