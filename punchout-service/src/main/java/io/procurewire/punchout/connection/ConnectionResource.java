package io.procurewire.punchout.connection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

import java.util.List;

/** Supplier admin API for buyer connections. Shared secrets go in, never out. */
@Path("/api/connections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class ConnectionResource {

    private final ConnectionService connections;

    public ConnectionResource(ConnectionService connections) {
        this.connections = connections;
    }

    @POST
    public Response create(@NotNull @Valid ConnectionRequest request, @Context UriInfo uri) {
        ConnectionView created = connections.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @RolesAllowed({"admin", "reviewer", "viewer"})
    public List<ConnectionView> list() {
        return connections.list();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"admin", "reviewer", "viewer"})
    public ConnectionView get(@PathParam("id") long id) {
        return connections.get(id);
    }

    @PUT
    @Path("/{id}")
    public ConnectionView replace(@PathParam("id") long id, @NotNull @Valid ConnectionRequest request) {
        return connections.replace(id, request);
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") long id) {
        connections.delete(id);
        return Response.noContent().build();
    }
}
