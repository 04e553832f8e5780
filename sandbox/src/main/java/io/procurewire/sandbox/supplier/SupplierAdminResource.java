package io.procurewire.sandbox.supplier;

import io.procurewire.problem.ProblemException;
import io.procurewire.sandbox.api.Timestamps;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Suppliers set up by a sandbox administrator, without the OAuth round trip of the Core API: PUT by supplier number
 * creates or replaces (so a set-up script can run twice), DELETE refuses a supplier that records still point to.
 */
@Path("/admin/suppliers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class SupplierAdminResource {

    /** The supplier as an administrator types it; the cXML fields matter only when {@code poMethod} is cxml. */
    @RegisterForReflection
    public record SupplierForm(String name, String status, String poMethod, String cxmlUrl, String cxmlDomain,
                               String cxmlIdentity, String cxmlSupplierDomain, String cxmlSupplierIdentity,
                               String cxmlSecret) {
    }

    @GET
    @RolesAllowed({"admin", "reviewer", "viewer"})
    @Transactional
    public List<Map<String, Object>> list() {
        return Supplier.<Supplier>list("order by number").stream().map(Supplier::representation).toList();
    }

    @GET
    @Path("/{number}")
    @RolesAllowed({"admin", "reviewer", "viewer"})
    @Transactional
    public Map<String, Object> one(@PathParam("number") String number) {
        return existing(number).representation();
    }

    /** 201 when the supplier is new, 200 when it was replaced; the answer never carries the secret. */
    @PUT
    @Path("/{number}")
    @Transactional
    public Response put(@PathParam("number") String number, SupplierForm form) {
        SupplierRules.validate(number, form);
        Supplier supplier = Supplier.byNumber(number);
        boolean created = supplier == null;
        if (created) {
            supplier = new Supplier();
            supplier.number = number;
        } else if (SupplierRules.sameAs(supplier, form)) {
            return Response.ok(supplier.representation()).build();
        }
        SupplierRules.apply(supplier, form);
        supplier.updatedAt = Timestamps.now();
        if (created) {
            supplier.persist();
        }
        return Response.status(created ? 201 : 200).entity(supplier.representation()).build();
    }

    @DELETE
    @Path("/{number}")
    @Transactional
    public Response delete(@PathParam("number") String number) {
        Supplier supplier = existing(number);
        try {
            supplier.delete();
            Supplier.getEntityManager().flush();
        } catch (PersistenceException inUse) {
            throw ProblemException.conflict("supplier " + number + " is still used by purchase orders, punchout "
                    + "sites, invoices or other records; set its status to inactive instead");
        }
        return Response.noContent().build();
    }

    private static Supplier existing(String number) {
        Supplier supplier = Supplier.byNumber(number);
        if (supplier == null) {
            throw ProblemException.notFound("supplier", number);
        }
        return supplier;
    }

    /** Validation and copying of a form, apart from HTTP so that unit tests reach it. */
    static final class SupplierRules {

        private SupplierRules() {
        }

        static void validate(String number, SupplierForm form) {
            if (form == null || blank(form.name())) {
                throw ProblemException.badRequest("name is required");
            }
            if (number.length() > 100 || !number.matches("[A-Za-z0-9._-]+")) {
                throw ProblemException.badRequest("a supplier number is 1 to 100 letters, digits, '.', '_' or '-'");
            }
            String status = form.status() == null ? "active" : form.status();
            if (!status.equals("active") && !status.equals("inactive")) {
                throw ProblemException.badRequest("status must be active or inactive, not " + status);
            }
            String method = form.poMethod() == null ? "prompt" : form.poMethod();
            if (!method.equals("cxml") && !method.equals("prompt")) {
                throw ProblemException.badRequest("poMethod must be cxml or prompt, not " + method);
            }
            if (method.equals("cxml")) {
                if (blank(form.cxmlUrl()) || !(form.cxmlUrl().startsWith("http://")
                        || form.cxmlUrl().startsWith("https://"))) {
                    throw ProblemException.badRequest("poMethod cxml needs cxmlUrl, an http(s) URL");
                }
                if (blank(form.cxmlDomain()) || blank(form.cxmlIdentity()) || blank(form.cxmlSupplierDomain())
                        || blank(form.cxmlSupplierIdentity())) {
                    throw ProblemException.badRequest("poMethod cxml needs cxmlDomain, cxmlIdentity, "
                            + "cxmlSupplierDomain and cxmlSupplierIdentity");
                }
            }
        }

        static boolean sameAs(Supplier supplier, SupplierForm form) {
            return Objects.equals(supplier.name, form.name())
                    && Objects.equals(supplier.status, orDefault(form.status(), "active"))
                    && Objects.equals(supplier.poMethod, orDefault(form.poMethod(), "prompt"))
                    && Objects.equals(supplier.cxmlUrl, form.cxmlUrl())
                    && Objects.equals(supplier.cxmlDomain, form.cxmlDomain())
                    && Objects.equals(supplier.cxmlIdentity, form.cxmlIdentity())
                    && Objects.equals(supplier.cxmlSupplierDomain, form.cxmlSupplierDomain())
                    && Objects.equals(supplier.cxmlSupplierIdentity, form.cxmlSupplierIdentity())
                    && Objects.equals(supplier.cxmlSecret, form.cxmlSecret());
        }

        static void apply(Supplier supplier, SupplierForm form) {
            supplier.name = form.name();
            supplier.status = orDefault(form.status(), "active");
            supplier.poMethod = orDefault(form.poMethod(), "prompt");
            supplier.cxmlUrl = form.cxmlUrl();
            supplier.cxmlDomain = form.cxmlDomain();
            supplier.cxmlIdentity = form.cxmlIdentity();
            supplier.cxmlSupplierDomain = form.cxmlSupplierDomain();
            supplier.cxmlSupplierIdentity = form.cxmlSupplierIdentity();
            supplier.cxmlSecret = form.cxmlSecret();
        }

        private static String orDefault(String value, String otherwise) {
            return value == null ? otherwise : value;
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }
}
