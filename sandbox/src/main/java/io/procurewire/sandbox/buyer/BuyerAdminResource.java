package io.procurewire.sandbox.buyer;

import io.procurewire.problem.ProblemException;
import io.procurewire.sandbox.api.Json;
import io.procurewire.sandbox.supplier.Supplier;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sets up the buyer side: organisations, requesters and punchout supplier records (what a Coupa admin does under
 * Setup); sites and organisations can be replaced and deleted, a delete refusing what records still point to.
 */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class BuyerAdminResource {

    /** {@code organisation}: its name; omitted = the first organisation (the sandbox starts with one). */
    @RegisterForReflection
    public record NewUser(String email, String firstName, String lastName, String uniqueName, String businessUnit,
                          String organisation) {
    }

    @RegisterForReflection
    public record NewOrganisation(String name, String billToName, String billToStreet, String billToCity,
                                  String billToPostal, String billToCountry) {
    }

    /** The fields of the Precoro setup guide, plus the supplier the site orders from and the buying organisation. */
    @RegisterForReflection
    public record NewPunchoutSite(String name, String supplierNumber, String punchoutUrl, String fromDomain,
                                  String fromIdentity, String toDomain, String toIdentity, String senderDomain,
                                  String senderIdentity, String sharedSecret, String deploymentMode,
                                  String organisation) {
    }

    private static final Set<String> DOMAINS = Set.of("DUNS", "NetworkID", "NetworkId");

    @GET
    @RolesAllowed({"admin", "reviewer", "viewer"})
    @Path("/organisations")
    @Transactional
    public List<Map<String, Object>> organisations() {
        return Organisation.<Organisation>listAll().stream().map(o -> Json.map("id", o.id, "name", o.name,
                "billToName", o.billToName, "billToStreet", o.billToStreet, "billToCity", o.billToCity,
                "billToPostal", o.billToPostal, "billToCountry", o.billToCountry)).toList();
    }

    @POST
    @Path("/organisations")
    @Transactional
    public Response addOrganisation(NewOrganisation org) {
        validate(org);
        if (Organisation.count("name", org.name()) > 0) {
            throw ProblemException.conflict("an organisation named " + org.name() + " exists");
        }
        Organisation created = new Organisation();
        created.name = org.name();
        created.billToName = blank(org.billToName()) ? "Accounts Payable" : org.billToName();
        created.billToStreet = org.billToStreet();
        created.billToCity = org.billToCity();
        created.billToPostal = org.billToPostal();
        created.billToCountry = org.billToCountry();
        created.persist();
        return Response.status(201).entity(Json.map("id", created.id, "name", created.name)).build();
    }

    @GET
    @RolesAllowed({"admin", "reviewer", "viewer"})
    @Path("/users")
    @Transactional
    public List<Map<String, Object>> users() {
        return BuyerUser.<BuyerUser>listAll().stream().map(u -> Json.map("id", u.id, "email", u.email,
                "firstName", u.firstName, "lastName", u.lastName, "uniqueName", u.uniqueName,
                "businessUnit", u.businessUnit, "organisation", u.organisation.name)).toList();
    }

    @POST
    @Path("/users")
    @Transactional
    public Response addUser(NewUser user) {
        if (user == null || blank(user.email()) || blank(user.firstName()) || blank(user.lastName())) {
            throw ProblemException.badRequest("email, firstName and lastName are required");
        }
        if (BuyerUser.count("email", user.email()) > 0) {
            throw ProblemException.conflict("a user with email " + user.email() + " exists");
        }
        BuyerUser created = new BuyerUser();
        created.organisation = organisation(user.organisation());
        created.email = user.email();
        created.firstName = user.firstName();
        created.lastName = user.lastName();
        created.uniqueName = blank(user.uniqueName()) ? user.email() : user.uniqueName();
        created.businessUnit = user.businessUnit();
        created.persist();
        return Response.status(201).entity(Json.map("id", created.id, "email", created.email)).build();
    }

    @GET
    @RolesAllowed({"admin", "reviewer", "viewer"})
    @Path("/punchout-sites")
    @Transactional
    public List<Map<String, Object>> sites() {
        return PunchoutSite.<PunchoutSite>listAll().stream().map(PunchoutSite::representation).toList();
    }

    @POST
    @Path("/punchout-sites")
    @Transactional
    public Response addSite(NewPunchoutSite site) {
        PunchoutSite created = new PunchoutSite();
        copy(site, created);
        if (PunchoutSite.count("organisation = ?1 and name = ?2", created.organisation, created.name) > 0) {
            throw ProblemException.conflict("a punchout site named " + created.name + " exists");
        }
        created.persist();
        return Response.status(201).entity(created.representation()).build();
    }

    /** Replaces a punchout site's fields; an omitted shared secret keeps the one set before (it is never shown). */
    @PUT
    @Path("/punchout-sites/{id}")
    @Transactional
    public Map<String, Object> replaceSite(@PathParam("id") long id, NewPunchoutSite site) {
        PunchoutSite existing = PunchoutSite.findById(id);
        if (existing == null) {
            throw ProblemException.notFound("punchout site", id);
        }
        String secretBefore = existing.sharedSecret;
        copy(site, existing);
        if (site.sharedSecret() == null) {
            existing.sharedSecret = secretBefore;
        }
        if (PunchoutSite.count("organisation = ?1 and name = ?2 and id <> ?3", existing.organisation, existing.name,
                id) > 0) {
            throw ProblemException.conflict("a punchout site named " + existing.name + " exists");
        }
        return existing.representation();
    }

    @DELETE
    @Path("/punchout-sites/{id}")
    @Transactional
    public Response deleteSite(@PathParam("id") long id) {
        PunchoutSite existing = PunchoutSite.findById(id);
        if (existing == null) {
            throw ProblemException.notFound("punchout site", id);
        }
        deleteOrConflict(existing, "punchout site " + existing.name + " has punchout sessions; they keep it");
        return Response.noContent().build();
    }

    @PUT
    @Path("/organisations/{id}")
    @Transactional
    public Map<String, Object> replaceOrganisation(@PathParam("id") long id, NewOrganisation org) {
        Organisation existing = Organisation.findById(id);
        if (existing == null) {
            throw ProblemException.notFound("organisation", id);
        }
        validate(org);
        if (Organisation.count("name = ?1 and id <> ?2", org.name(), id) > 0) {
            throw ProblemException.conflict("an organisation named " + org.name() + " exists");
        }
        existing.name = org.name();
        existing.billToName = blank(org.billToName()) ? "Accounts Payable" : org.billToName();
        existing.billToStreet = org.billToStreet();
        existing.billToCity = org.billToCity();
        existing.billToPostal = org.billToPostal();
        existing.billToCountry = org.billToCountry();
        return Json.map("id", existing.id, "name", existing.name);
    }

    @DELETE
    @Path("/organisations/{id}")
    @Transactional
    public Response deleteOrganisation(@PathParam("id") long id) {
        Organisation existing = Organisation.findById(id);
        if (existing == null) {
            throw ProblemException.notFound("organisation", id);
        }
        deleteOrConflict(existing, "organisation " + existing.name + " still has users, punchout sites or "
                + "requisitions");
        return Response.noContent().build();
    }

    private static void deleteOrConflict(io.quarkus.hibernate.orm.panache.PanacheEntityBase entity, String inUse) {
        try {
            entity.delete();
            Organisation.getEntityManager().flush();
        } catch (PersistenceException referenced) {
            throw ProblemException.conflict(inUse);
        }
    }

    private static void validate(NewOrganisation org) {
        if (org == null || blank(org.name()) || blank(org.billToStreet()) || blank(org.billToCity())
                || blank(org.billToPostal()) || org.billToCountry() == null || !org.billToCountry().matches("[A-Z]{2}")) {
            throw ProblemException.badRequest("name, billToStreet, billToCity, billToPostal and a two-letter "
                    + "billToCountry are required");
        }
    }

    private static void copy(NewPunchoutSite site, PunchoutSite target) {
        if (site == null || blank(site.name()) || blank(site.supplierNumber()) || blank(site.punchoutUrl())
                || blank(site.fromIdentity()) || blank(site.toIdentity()) || blank(site.senderIdentity())) {
            throw ProblemException.badRequest("name, supplierNumber, punchoutUrl, fromIdentity, toIdentity and "
                    + "senderIdentity are required");
        }
        for (String domain : new String[]{site.fromDomain(), site.toDomain(), site.senderDomain()}) {
            if (!DOMAINS.contains(domain)) {
                throw ProblemException.badRequest("domains must be DUNS or NetworkID, not " + domain);
            }
        }
        if (!site.punchoutUrl().startsWith("http://") && !site.punchoutUrl().startsWith("https://")) {
            throw ProblemException.badRequest("punchoutUrl must be an http(s) URL");
        }
        Supplier supplier = Supplier.byNumber(site.supplierNumber());
        if (supplier == null) {
            throw ProblemException.notFound("supplier", site.supplierNumber());
        }
        target.organisation = organisation(site.organisation());
        target.supplier = supplier;
        target.name = site.name();
        target.punchoutUrl = site.punchoutUrl();
        target.fromDomain = site.fromDomain();
        target.fromIdentity = site.fromIdentity();
        target.toDomain = site.toDomain();
        target.toIdentity = site.toIdentity();
        target.senderDomain = site.senderDomain();
        target.senderIdentity = site.senderIdentity();
        target.sharedSecret = site.sharedSecret();
        target.deploymentMode = "test".equals(site.deploymentMode()) ? "test" : "production";
    }

    private static Organisation organisation(String name) {
        if (blank(name)) {
            return Organisation.<Organisation>find("order by id").firstResult();
        }
        Organisation found = Organisation.find("name", name).firstResult();
        if (found == null) {
            throw ProblemException.notFound("organisation", name);
        }
        return found;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
