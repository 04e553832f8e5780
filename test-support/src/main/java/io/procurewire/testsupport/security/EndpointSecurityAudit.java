package io.procurewire.testsupport.security;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Reads a service's compiled JAX-RS resources (its {@code target/classes}) and says which endpoints carry no explicit
 * security annotation and which are open to anyone ({@code @PermitAll}). A service's test asserts the first is empty
 * and the second equals its deliberate allow-list, so a new endpoint is never open by accident.
 */
public final class EndpointSecurityAudit {

    private static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");
    private static final String PERMIT_ALL = "jakarta.annotation.security.PermitAll";
    private static final Set<String> SECURITY = Set.of(PERMIT_ALL, "jakarta.annotation.security.RolesAllowed",
            "jakarta.annotation.security.DenyAll", "io.quarkus.security.Authenticated");

    /** One endpoint: "GET /api/products/{supplierPartId}" and the security annotation that applies, if any. */
    public record Endpoint(String method, String path, String declaredBy, Optional<String> security) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private final List<Endpoint> endpoints;

    private EndpointSecurityAudit(List<Endpoint> endpoints) {
        this.endpoints = endpoints;
    }

    /** The service's own compiled classes, as Maven lays them out: {@code target/classes} of the module under test. */
    public static EndpointSecurityAudit ofModule() {
        return of(Path.of("target/classes"));
    }

    public static EndpointSecurityAudit of(Path classesDirectory) {
        if (!Files.isDirectory(classesDirectory)) {
            throw new IllegalStateException("no compiled classes at " + classesDirectory.toAbsolutePath());
        }
        List<Endpoint> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classesDirectory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classesDirectory.relativize(file).toString().replace('/', '.').replace('\\', '.');
                Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()), false,
                        Thread.currentThread().getContextClassLoader());
                found.addAll(endpointsOf(type));
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("could not read the compiled resources: " + e.getMessage(), e);
        }
        return new EndpointSecurityAudit(List.copyOf(found));
    }

    public List<Endpoint> endpoints() {
        return endpoints;
    }

    /** Endpoints with neither a method- nor a class-level security annotation (deny-by-default would refuse them). */
    public Set<String> unannotated() {
        return names(endpoints.stream().filter(e -> e.security().isEmpty()));
    }

    /** Endpoints anyone may call: {@code @PermitAll} on the method, or on the class without a method-level override. */
    public Set<String> open() {
        return names(endpoints.stream().filter(e -> e.security().filter(PERMIT_ALL::equals).isPresent()));
    }

    private static Set<String> names(Stream<Endpoint> selected) {
        return selected.map(Endpoint::toString).collect(TreeSet::new, Set::add, Set::addAll);
    }

    private static List<Endpoint> endpointsOf(Class<?> type) {
        // REST client interfaces (and any interface) are not served by this application
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers()) || type.isSynthetic()) {
            return List.of();
        }
        String classPath = path(type).orElse(null);
        List<Endpoint> result = new ArrayList<>();
        for (Method method : type.getDeclaredMethods()) {
            Optional<String> verb = httpMethod(method);
            if (verb.isEmpty() && !(classPath != null && path(method).isPresent())) {
                continue; // not a resource method (a sub-resource locator has @Path without a verb)
            }
            if (classPath == null) {
                continue;
            }
            String full = join(classPath, path(method).orElse(""));
            Optional<String> security = security(method).or(() -> security(type));
            result.add(new Endpoint(verb.orElse("ANY"), full, type.getName() + "#" + method.getName(), security));
        }
        return result;
    }

    private static Optional<String> httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            String simple = annotation.annotationType().getSimpleName();
            if (annotation.annotationType().getName().startsWith("jakarta.ws.rs.") && HTTP_METHODS.contains(simple)) {
                return Optional.of(simple);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> path(AnnotatedElement element) {
        for (Annotation annotation : element.getAnnotations()) {
            if (annotation.annotationType().getName().equals("jakarta.ws.rs.Path")) {
                try {
                    return Optional.of((String) annotation.annotationType().getMethod("value").invoke(annotation));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> security(AnnotatedElement element) {
        for (Annotation annotation : element.getAnnotations()) {
            if (SECURITY.contains(annotation.annotationType().getName())) {
                return Optional.of(annotation.annotationType().getName());
            }
        }
        return Optional.empty();
    }

    private static String join(String base, String sub) {
        String left = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        String right = sub.isEmpty() || sub.startsWith("/") ? sub : "/" + sub;
        String joined = left + right;
        return joined.isEmpty() ? "/" : joined;
    }
}
