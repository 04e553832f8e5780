package io.procurewire.invoice.tolerance;

import io.procurewire.invoice.matching.ToleranceProfile;
import io.procurewire.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.List;

/** Tolerance profiles per buyer × supplier × commodity (null = any). Admins change them, viewers read them. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Path("/api/tolerance-profiles")
@RolesAllowed("admin")
public class ToleranceResource {

    public record ProfileView(Long id, ProfileRules profile) {
    }

    private final ToleranceProfileStore store;

    public ToleranceResource(ToleranceProfileStore store) {
        this.store = store;
    }

    @GET
    @RolesAllowed({"admin", "reviewer", "viewer"})
    public List<ProfileView> list() {
        return ToleranceProfileRecord.<ToleranceProfileRecord>listAll().stream()
                .map(r -> new ProfileView(r.id, ProfileRules.of(store.read(r)))).toList();
    }

    @POST
    @Transactional
    public Response create(ProfileRules rules) {
        if (rules == null) {
            throw ProblemException.badRequest("a tolerance profile is required");
        }
        ToleranceProfile profile = toProfile(rules);
        long same = ToleranceProfileRecord.count(
                "coalesce(buyer, '') = ?1 and coalesce(supplier, '') = ?2 and coalesce(commodity, '') = ?3",
                nz(profile.buyer()), nz(profile.supplier()), nz(profile.commodity()));
        if (same > 0) {
            throw ProblemException.conflict("a tolerance profile for this buyer, supplier and commodity exists; PUT it");
        }
        ToleranceProfileRecord record = new ToleranceProfileRecord();
        apply(record, profile);
        record.persist();
        return Response.status(201).entity(new ProfileView(record.id, ProfileRules.of(store.read(record)))).build();
    }

    @PUT
    @Path("/{id}")
    @Transactional
    public ProfileView replace(@PathParam("id") long id, ProfileRules rules) {
        ToleranceProfile profile = toProfile(rules);
        ToleranceProfileRecord record = ToleranceProfileRecord.findById(id);
        if (record == null) {
            throw ProblemException.notFound("tolerance profile", id);
        }
        apply(record, profile);
        return new ProfileView(record.id, ProfileRules.of(store.read(record)));
    }

    @DELETE
    @Path("/{id}")
    @Transactional
    public Response delete(@PathParam("id") long id) {
        if (!ToleranceProfileRecord.deleteById(id)) {
            throw ProblemException.notFound("tolerance profile", id);
        }
        return Response.noContent().build();
    }

    private void apply(ToleranceProfileRecord record, ToleranceProfile profile) {
        record.buyer = blank(profile.buyer());
        record.supplier = blank(profile.supplier());
        record.commodity = blank(profile.commodity());
        record.rules = store.write(profile);
        record.updatedAt = Instant.now();
    }

    private static ToleranceProfile toProfile(ProfileRules rules) {
        if (rules == null) {
            throw ProblemException.badRequest("a tolerance profile is required");
        }
        try {
            return rules.toProfile();
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(e.getMessage());
        }
    }

    private static String nz(String s) {
        return s == null || s.isBlank() ? "" : s.trim();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
