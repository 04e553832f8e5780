package io.procurewire.sandbox.buyer;

import io.procurewire.problem.ProblemException;
import io.procurewire.sandbox.api.Json;
import io.procurewire.sandbox.supplier.Supplier;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Sets up the buyer side: requesters and punchout supplier records (what a Coupa admin does under Setup). */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BuyerAdminResource {

    @RegisterForReflection
    public record NewUser(String email, String firstName, String lastName, String uniqueName, String businessUnit) {
    }

    /** The fields of the Precoro setup guide, plus the supplier the site orders from. */
    @RegisterForReflection
    public record NewPunchoutSite(String name, String supplierNumber, String punchoutUrl, String fromDomain,
                                  String fromIdentity, String toDomain, String toIdentity, String senderDomain,
                                  String senderIdentity, String sharedSecret, String deploymentMode) {
    }

    private static final Set<String> DOMAINS = Set.of("DUNS", "NetworkID", "NetworkId");

    @GET
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
        created.organisation = Organisation.<Organisation>findAll().firstResult();
        created.email = user.email();
        created.firstName = user.firstName();
        created.lastName = user.lastName();
        created.uniqueName = blank(user.uniqueName()) ? user.email() : user.uniqueName();
        created.businessUnit = user.businessUnit();
        created.persist();
        return Response.status(201).entity(Json.map("id", created.id, "email", created.email)).build();
    }

    @GET
    @Path("/punchout-sites")
    @Transactional
    public List<Map<String, Object>> sites() {
        return PunchoutSite.<PunchoutSite>listAll().stream().map(PunchoutSite::representation).toList();
    }

    @POST
    @Path("/punchout-sites")
    @Transactional
    public Response addSite(NewPunchoutSite site) {
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
        PunchoutSite created = new PunchoutSite();
        created.organisation = Organisation.<Organisation>findAll().firstResult();
        created.supplier = supplier;
        created.name = site.name();
        created.punchoutUrl = site.punchoutUrl();
        created.fromDomain = site.fromDomain();
        created.fromIdentity = site.fromIdentity();
        created.toDomain = site.toDomain();
        created.toIdentity = site.toIdentity();
        created.senderDomain = site.senderDomain();
        created.senderIdentity = site.senderIdentity();
        created.sharedSecret = site.sharedSecret();
        created.deploymentMode = "test".equals(site.deploymentMode()) ? "test" : "production";
        if (PunchoutSite.count("organisation = ?1 and name = ?2", created.organisation, created.name) > 0) {
            throw ProblemException.conflict("a punchout site named " + created.name + " exists");
        }
        created.persist();
        return Response.status(201).entity(created.representation()).build();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
