package io.procurewire.sandbox.traffic;

import io.procurewire.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Switches fault injection and the rate limit at run time, so each test sets exactly the weather it needs. */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class TrafficAdminResource {

    private final FaultSettings faults;
    private final RateLimitSettings rateLimit;

    public TrafficAdminResource(FaultSettings faults, RateLimitSettings rateLimit) {
        this.faults = faults;
        this.rateLimit = rateLimit;
    }

    @GET
    @RolesAllowed({"admin", "reviewer", "viewer"})
    @Path("/faults")
    public FaultSettings.Faults faults() {
        return faults.current();
    }

    @PUT
    @Path("/faults")
    public FaultSettings.Faults replaceFaults(FaultSettings.Faults requested) {
        if (requested == null) {
            throw ProblemException.badRequest("a fault settings document is required");
        }
        faults.replace(requested);
        return faults.current();
    }

    @DELETE
    @Path("/faults")
    public FaultSettings.Faults resetFaults() {
        return faults.reset();
    }

    @GET
    @RolesAllowed({"admin", "reviewer", "viewer"})
    @Path("/rate-limit")
    public RateLimitSettings.Limit rateLimit() {
        return rateLimit.current();
    }

    @PUT
    @Path("/rate-limit")
    public RateLimitSettings.Limit replaceRateLimit(RateLimitSettings.Limit requested) {
        if (requested == null || requested.requestsPerSecond() <= 0 || requested.burst() < 1) {
            throw ProblemException.badRequest("requestsPerSecond must be positive and burst at least 1");
        }
        rateLimit.replace(requested);
        return rateLimit.current();
    }

    @DELETE
    @Path("/rate-limit")
    public RateLimitSettings.Limit resetRateLimit() {
        return rateLimit.reset();
    }
}
