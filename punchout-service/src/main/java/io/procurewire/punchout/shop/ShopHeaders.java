package io.procurewire.punchout.shop;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Shop pages carry the session key in their URL: never cache them, never leak them in a Referer. Framing stays
 * allowed because buyers show punchout in an iframe (restrict with a proxy's frame-ancestors if known).
 */
@Provider
public class ShopHeaders implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/shop/") || path.startsWith("/punchout/start/")) {
            response.getHeaders().putSingle("Cache-Control", "no-store");
            response.getHeaders().putSingle("Referrer-Policy", "no-referrer");
            response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
        }
    }
}
