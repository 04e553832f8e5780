package io.procurewire.ordersync.integration;

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

import java.net.URI;
import java.util.List;

/** Admin API for integrations: {@code admin} changes, {@code viewer} reads. Secrets are never returned. */
@Path("/api/integrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "viewer"})
public class IntegrationResource {

    private final IntegrationService service;

    IntegrationResource(IntegrationService service) {
        this.service = service;
    }

    @GET
    public List<IntegrationView> list() {
        return service.list();
    }

    @GET
    @Path("/{code}")
    public IntegrationView get(@PathParam("code") String code) {
        return service.get(code);
    }

    @POST
    @RolesAllowed("admin")
    public Response create(@NotNull @Valid IntegrationRequest request) {
        IntegrationView created = service.create(request);
        return Response.created(URI.create("/api/integrations/" + created.code())).entity(created).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed("admin")
    public IntegrationView update(@PathParam("code") String code, @NotNull @Valid IntegrationRequest request) {
        return service.update(code, request);
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed("admin")
    public Response delete(@PathParam("code") String code) {
        service.delete(code);
        return Response.noContent().build();
    }
}
