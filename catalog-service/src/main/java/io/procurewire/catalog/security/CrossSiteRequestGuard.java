package io.procurewire.catalog.security;

import io.procurewire.problem.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Cross-site request forgery guard for the API. A browser sends cached HTTP Basic credentials along with a request
 * another site makes it send, but another site can only send a POST without a CORS preflight when it has no body or a
 * form's content type (text/plain, application/x-www-form-urlencoded, multipart/form-data). Such POSTs must carry an
 * {@code X-Requested-By} header, which no cross-site form can add and a script can only add after a preflight this
 * service never grants. JSON and catalog-file POSTs need nothing more (PUT and DELETE always need a preflight).
 */
public class CrossSiteRequestGuard {

    public static final String HEADER = "X-Requested-By";
    private static final Set<String> FORM_TYPES = Set.of("text/plain", "application/x-www-form-urlencoded",
            "multipart/form-data");

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuseFormLikePosts(ContainerRequestContext request) {
        if (!"POST".equals(request.getMethod()) || !request.getUriInfo().getPath().startsWith("/api/")
                || request.getHeaderString(HEADER) != null || !formLike(request.getHeaderString(HttpHeaders.CONTENT_TYPE))) {
            return Optional.empty();
        }
        return Optional.of(Response.status(403).type(Problem.MEDIA_TYPE).entity(Problem.of(403, "Forbidden",
                "a POST without a body or with a form's content type needs the header " + HEADER
                        + " (any value): browsers never send it cross-site, so this refuses forged requests")).build());
    }

    /** True for what a cross-site form (or a body-less script request) can send without a preflight. */
    static boolean formLike(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return FORM_TYPES.contains(type);
    }
}
