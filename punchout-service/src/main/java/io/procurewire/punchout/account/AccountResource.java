package io.procurewire.punchout.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** Customer accounts of a connection: listed for the admin, registered ahead when provisioning is off. */
@Path("/api/connections/{connectionId}/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class AccountResource {

    private final AccountService accounts;

    public AccountResource(AccountService accounts) {
        this.accounts = accounts;
    }

    @GET
    @RolesAllowed({"admin", "reviewer", "viewer"})
    public List<AccountView> list(@PathParam("connectionId") long connectionId) {
        return accounts.list(connectionId);
    }

    @POST
    public Response register(@PathParam("connectionId") long connectionId, @NotNull @Valid AccountRequest request) {
        return Response.status(201).entity(accounts.register(connectionId, request)).build();
    }
}
