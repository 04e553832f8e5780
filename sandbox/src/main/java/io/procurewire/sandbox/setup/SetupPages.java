package io.procurewire.sandbox.setup;

import io.procurewire.problem.SameOriginForms;
import io.procurewire.problem.ProblemException;
import io.procurewire.sandbox.buyer.BuyerAdminResource;
import io.procurewire.sandbox.supplier.SupplierAdminResource;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The sandbox's set-up as HTML pages for a supplier's integrator: suppliers, punchout sites and organisations listed,
 * added, replaced and deleted without curl. Every action goes through the same admin resources as the JSON API, so
 * the rules are one; form posts are refused unless they come from this page (same-origin check).
 */
@Path("/setup")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("admin")
public class SetupPages {

    @Location("setup.html")
    Template page;

    private final SupplierAdminResource suppliers;
    private final BuyerAdminResource buyers;

    public SetupPages(SupplierAdminResource suppliers, BuyerAdminResource buyers) {
        this.suppliers = suppliers;
        this.buyers = buyers;
    }

    @GET
    public TemplateInstance show(@QueryParam("notice") String notice, @QueryParam("error") String error) {
        return page.data("suppliers", suppliers.list()).data("sites", buyers.sites())
                .data("organisations", buyers.organisations()).data("notice", notice).data("error", error);
    }

    @POST
    @Path("/suppliers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveSupplier(@Context HttpHeaders headers, @FormParam("number") String number,
                                 @FormParam("name") String name, @FormParam("status") String status,
                                 @FormParam("poMethod") String poMethod, @FormParam("cxmlUrl") String cxmlUrl,
                                 @FormParam("cxmlDomain") String cxmlDomain, @FormParam("cxmlIdentity") String cxmlIdentity,
                                 @FormParam("cxmlSupplierDomain") String supplierDomain,
                                 @FormParam("cxmlSupplierIdentity") String supplierIdentity,
                                 @FormParam("cxmlSecret") String cxmlSecret) {
        SameOriginForms.require(headers);
        return act("supplier " + number + " saved", () -> suppliers.put(blankToNull(number) == null ? "" : number.strip(),
                new SupplierAdminResource.SupplierForm(blankToNull(name), blankToNull(status), blankToNull(poMethod),
                        blankToNull(cxmlUrl), blankToNull(cxmlDomain), blankToNull(cxmlIdentity),
                        blankToNull(supplierDomain), blankToNull(supplierIdentity), blankToNull(cxmlSecret))));
    }

    @POST
    @Path("/suppliers/{number}/delete")
    public Response deleteSupplier(@Context HttpHeaders headers, @PathParam("number") String number) {
        SameOriginForms.require(headers);
        return act("supplier " + number + " deleted", () -> suppliers.delete(number));
    }

    @POST
    @Path("/punchout-sites")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addSite(@Context HttpHeaders headers, @FormParam("name") String name,
                            @FormParam("supplierNumber") String supplierNumber, @FormParam("punchoutUrl") String punchoutUrl,
                            @FormParam("domain") String domain, @FormParam("buyerIdentity") String buyerIdentity,
                            @FormParam("supplierIdentity") String supplierIdentity,
                            @FormParam("sharedSecret") String sharedSecret,
                            @FormParam("deploymentMode") String deploymentMode,
                            @FormParam("organisation") String organisation) {
        SameOriginForms.require(headers);
        String networkDomain = blankToNull(domain) == null ? "NetworkID" : domain;
        return act("punchout site " + name + " added", () -> buyers.addSite(new BuyerAdminResource.NewPunchoutSite(
                blankToNull(name), blankToNull(supplierNumber), blankToNull(punchoutUrl), networkDomain,
                blankToNull(buyerIdentity), networkDomain, blankToNull(supplierIdentity), networkDomain,
                blankToNull(buyerIdentity), blankToNull(sharedSecret), blankToNull(deploymentMode),
                blankToNull(organisation))));
    }

    @POST
    @Path("/punchout-sites/{id}/delete")
    public Response deleteSite(@Context HttpHeaders headers, @PathParam("id") long id) {
        SameOriginForms.require(headers);
        return act("punchout site deleted", () -> buyers.deleteSite(id));
    }

    @POST
    @Path("/organisations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addOrganisation(@Context HttpHeaders headers, @FormParam("name") String name,
                                    @FormParam("billToStreet") String street, @FormParam("billToCity") String city,
                                    @FormParam("billToPostal") String postal, @FormParam("billToCountry") String country) {
        SameOriginForms.require(headers);
        return act("organisation " + name + " added", () -> buyers.addOrganisation(new BuyerAdminResource.NewOrganisation(
                blankToNull(name), null, blankToNull(street), blankToNull(city), blankToNull(postal),
                blankToNull(country))));
    }

    @POST
    @Path("/organisations/{id}/delete")
    public Response deleteOrganisation(@Context HttpHeaders headers, @PathParam("id") long id) {
        SameOriginForms.require(headers);
        return act("organisation deleted", () -> buyers.deleteOrganisation(id));
    }

    /** Runs an admin action; back to the page with a notice, or with the reason it was refused (Post/Redirect/Get). */
    private static Response act(String done, Runnable action) {
        String query;
        try {
            action.run();
            query = "notice=" + encode(done);
        } catch (ProblemException refused) {
            query = "error=" + encode(refused.getMessage());
        }
        return Response.seeOther(URI.create("/setup?" + query)).build();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
