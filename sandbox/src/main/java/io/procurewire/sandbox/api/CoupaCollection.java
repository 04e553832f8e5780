package io.procurewire.sandbox.api;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One Core API collection the way Coupa serves every resource: index (query filters, {@code offset}/{@code limit} at
 * most 50, ordered by id), show, update of one record, each answer trimmed by {@code fields} / {@code return_object}
 * and rendered as JSON or XML; an unknown id is Coupa's 404 "Couldn't find ...". The resources keep their own
 * endpoints (create, transitions, void) and call {@link #find} / {@link #render} for them. Plain class: the records
 * come from a {@link Repository} (JPA in the service, in memory in its unit test).
 *
 * @param <E> the entity
 */
public final class CoupaCollection<E> {

    /** Where a collection's records are: a page by a JPQL condition (CoupaQuery's), and one by id. */
    public interface Repository<E> {

        /** Records matching {@code condition}, ordered by id, {@code limit} from {@code offset}. */
        List<E> page(String condition, Map<String, Object> parameters, int offset, int limit);

        Optional<E> byId(long id);
    }

    private final String resourceName;
    private final CoupaRepresentation representation;
    private final CoupaQuery query;
    private final Repository<E> repository;
    private final Function<E, Map<String, Object>> view;

    /**
     * @param resourceName the name in "Couldn't find {name} with id=.." (Coupa's class name, e.g. {@code OrderHeader})
     * @param view         the record's full representation
     */
    public CoupaCollection(String resourceName, CoupaRepresentation representation, CoupaQuery query,
                           Repository<E> repository, Function<E, Map<String, Object>> view) {
        this.resourceName = Objects.requireNonNull(resourceName);
        this.representation = Objects.requireNonNull(representation);
        this.query = Objects.requireNonNull(query);
        this.repository = Objects.requireNonNull(repository);
        this.view = Objects.requireNonNull(view);
    }

    /**
     * A repository of a Panache/JPA entity. {@code alias} is the one the collection's CoupaQuery attribute paths use
     * (e.g. {@code s} for {@code s.number}).
     */
    public static <E> Repository<E> jpa(Class<E> entity, String alias) {
        return new Repository<>() {
            @Override
            public List<E> page(String condition, Map<String, Object> parameters, int offset, int limit) {
                EntityManager em = Panache.getEntityManager(entity);
                TypedQuery<E> page = em.createQuery("from " + entity.getSimpleName() + " " + alias + " where "
                        + condition + " order by " + alias + ".id", entity);
                parameters.forEach(page::setParameter);
                return page.setFirstResult(offset).setMaxResults(limit).getResultList();
            }

            @Override
            public Optional<E> byId(long id) {
                return Optional.ofNullable(Panache.getEntityManager(entity).find(entity, id));
            }
        };
    }

    /**
     * GET /api/x?filters: the page the query parameters ask for (filters, offset, limit), trimmed by {@code fields} /
     * {@code return_object} (query parameters too, which the resource declares so that its OpenAPI document lists them).
     */
    public Response index(MultivaluedMap<String, String> parameters, HttpHeaders headers, String fields,
                          String returnObject) {
        return index(parameters, Set.of(), headers, fields, returnObject, view);
    }

    /**
     * The same with parameters the resource reads itself ({@code alsoIgnored}, e.g. show_deleted_lines) and another
     * view of each record.
     */
    public Response index(MultivaluedMap<String, String> parameters, Set<String> alsoIgnored, HttpHeaders headers,
                          String fields, String returnObject, Function<E, Map<String, Object>> recordView) {
        CoupaQuery.Built built = query.build(parameters, alsoIgnored);
        List<Map<String, Object>> page = repository.page(built.condition(), built.parameters(), built.offset(),
                built.limit()).stream().map(recordView).toList();
        return representation.many(page, headers, fields, returnObject);
    }

    /** GET /api/x/{id}. */
    public Response show(long id, HttpHeaders headers, String fields, String returnObject) {
        return show(id, headers, fields, returnObject, view);
    }

    /** The same with another view of the record (e.g. with deleted lines). */
    public Response show(long id, HttpHeaders headers, String fields, String returnObject,
                         Function<E, Map<String, Object>> recordView) {
        return representation.one(200, recordView.apply(find(id)), headers, fields, returnObject);
    }

    /** PUT /api/x/{id}: {@code change} applies the body (and throws CoupaApiException when it is not acceptable). */
    public Response update(long id, Consumer<E> change, HttpHeaders headers, String fields, String returnObject) {
        E record = find(id);
        change.accept(record);
        return render(200, record, headers, fields, returnObject);
    }

    /** The record, or Coupa's 404. */
    public E find(long id) {
        return repository.byId(id).orElseThrow(() -> CoupaApiException.notFound(resourceName, id));
    }

    /** One record as this collection answers it (create's 201, a transition's 200). */
    public Response render(int status, E record, HttpHeaders headers, String fields, String returnObject) {
        return representation.one(status, view.apply(record), headers, fields, returnObject);
    }
}
