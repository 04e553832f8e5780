package io.procurewire.invoice.receipt;

import io.procurewire.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The buyer-platform receipt pull: its state, and a run on demand. */
@Path("/api/receiving-pull")
@Produces(MediaType.APPLICATION_JSON)
public class ReceivingPullResource {

    private final ReceivingPull pull;

    public ReceivingPullResource(ReceivingPull pull) {
        this.pull = pull;
    }

    @GET
    @RolesAllowed({"admin", "reviewer", "viewer"})
    public ReceivingPull.State state() {
        return pull.state();
    }

    /** 200 with the run's counts; 409 while another run holds the lease; 502 when the platform could not be read. */
    @POST
    @Path("/run")
    @RolesAllowed("admin")
    public ReceivingPull.Result run() {
        try {
            return pull.run("api");
        } catch (ReceivingPull.Busy busy) {
            throw ProblemException.conflict(busy.getMessage());
        } catch (RuntimeException e) {
            if (e instanceof ProblemException) {
                throw e;
            }
            throw new ProblemException(502, "Bad Gateway", "the buyer platform's receiving transactions could not be "
                    + "read (the watermark stays; the next run reads again): " + e.getMessage());
        }
    }
}
