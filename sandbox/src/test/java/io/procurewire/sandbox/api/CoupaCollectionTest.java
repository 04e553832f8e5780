package io.procurewire.sandbox.api;

import jakarta.ws.rs.core.AbstractMultivaluedMap;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The generic Core API collection against an in-memory repository: filters, paging, fields, errors. */
class CoupaCollectionTest {

    /** A record of the test's own kind. */
    static final class Widget {
        final long id;
        String status;
        String name;

        Widget(long id, String status, String name) {
            this.id = id;
            this.status = status;
            this.name = name;
        }

        Map<String, Object> representation() {
            return Json.map("id", id, "status", status, "name", name, "parts", List.of(Json.map("id", id * 10, "sku", "P" + id)));
        }
    }

    /** Holds 120 widgets; records what the collection asked for and pages by offset/limit (the condition is JPQL). */
    static final class MemoryRepository implements CoupaCollection.Repository<Widget> {
        final List<Widget> widgets = new ArrayList<>(LongStream.rangeClosed(1, 120)
                .mapToObj(id -> new Widget(id, id % 2 == 0 ? "open" : "closed", "widget " + id)).toList());
        String condition;
        Map<String, Object> parameters;
        int offset = -1;
        int limit = -1;

        @Override
        public List<Widget> page(String condition, Map<String, Object> parameters, int offset, int limit) {
            this.condition = condition;
            this.parameters = parameters;
            this.offset = offset;
            this.limit = limit;
            return widgets.subList(Math.min(offset, widgets.size()), Math.min(offset + limit, widgets.size()));
        }

        @Override
        public Optional<Widget> byId(long id) {
            return widgets.stream().filter(w -> w.id == id).findFirst();
        }
    }

    private final MemoryRepository repository = new MemoryRepository();
    private final CoupaCollection<Widget> widgets = new CoupaCollection<>("Widget", new CoupaRepresentation("widget", "widgets"),
            new CoupaQuery(Map.of(
                    "id", new CoupaQuery.Attribute("w.id", CoupaQuery.Type.LONG),
                    "status", new CoupaQuery.Attribute("w.status", CoupaQuery.Type.STRING),
                    "name", new CoupaQuery.Attribute("w.name", CoupaQuery.Type.STRING),
                    "maker[number]", new CoupaQuery.Attribute("w.maker.number", CoupaQuery.Type.STRING))),
            repository, Widget::representation);

    private static MultivaluedMap<String, String> query(String... keysAndValues) {
        MultivaluedMap<String, String> map = new AbstractMultivaluedMap<>(new LinkedHashMap<>()) {
        };
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.add(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static HttpHeaders accepting(String mediaType) {
        return (HttpHeaders) Proxy.newProxyInstance(CoupaCollectionTest.class.getClassLoader(),
                new Class<?>[]{HttpHeaders.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getAcceptableMediaTypes" -> List.of(MediaType.valueOf(mediaType));
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static String body(Response xml) {
        Object entity = xml.getEntity();
        return entity instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8) : entity.toString();
    }

    /** As a resource calls it: fields and return_object are query parameters too. */
    private Response index(MultivaluedMap<String, String> query, HttpHeaders headers) {
        return widgets.index(query, headers, query.getFirst("fields"), query.getFirst("return_object"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Response response) {
        return (List<Map<String, Object>>) response.getEntity();
    }

    @Test
    void indexTurnsFiltersIntoTheRepositorysConditionWithItsParameters() {
        Response response = index(query("status", "open", "id[gt]", "3", "maker[number]", "M-1",
                "name[contains]", "dg_t"), null);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(repository.condition).isEqualTo("w.status = :p0 and w.id > :p1 and w.maker.number = :p2 "
                + "and w.name like :p3 escape '\\'");
        assertThat(repository.parameters).containsExactly(Map.entry("p0", "open"), Map.entry("p1", 3L),
                Map.entry("p2", "M-1"), Map.entry("p3", "%dg\\_t%"));
    }

    @Test
    void indexWithoutFiltersAsksForEverythingAndTheFirstFifty() {
        List<Map<String, Object>> page = list(index(query(), null));
        assertThat(repository.condition).isEqualTo("1 = 1");
        assertThat(repository.offset).isZero();
        assertThat(repository.limit).isEqualTo(CoupaQuery.MAX_LIMIT);
        assertThat(page).hasSize(50).first().extracting(w -> w.get("id")).isEqualTo(1L);
    }

    @Test
    void pagingByOffsetAndLimitAtMostFiftyAndNeverBelowItsMinimum() {
        List<Map<String, Object>> page = list(index(query("offset", "100", "limit", "7"), null));
        assertThat(page).extracting(w -> w.get("id")).containsExactly(101L, 102L, 103L, 104L, 105L, 106L, 107L);

        assertThat(list(index(query("offset", "110", "limit", "500"), null))).hasSize(10);
        assertThat(repository.limit).isEqualTo(50);

        assertThat(list(index(query("offset", "-4", "limit", "0"), null))).extracting(w -> w.get("id"))
                .containsExactly(1L);
        assertThat(repository.offset).isZero();
        assertThat(repository.limit).isEqualTo(1);

        assertThat(list(index(query("offset", "500"), null))).isEmpty();
    }

    @Test
    void fieldsAndReturnObjectTrimEveryRecordOfAPageAndTheOneShown() {
        List<Map<String, Object>> page = list(index(query("limit", "2", "fields", "[\"id\",{\"parts\":[\"sku\"]}]"), null));
        assertThat(page).containsExactly(Map.of("id", 1L, "parts", List.of(Map.of("sku", "P1"))),
                Map.of("id", 2L, "parts", List.of(Map.of("sku", "P2"))));
        assertThat(list(index(query("limit", "1", "return_object", "limited"), null)))
                .containsExactly(Map.of("id", 1L));

        assertThat(widgets.show(5, null, "[\"name\"]", null).getEntity()).isEqualTo(Map.of("name", "widget 5"));
        Response none = widgets.show(5, null, null, "none");
        assertThat(none.getStatus()).isEqualTo(200);
        assertThat(none.hasEntity()).isFalse();
    }

    @Test
    void xmlWhenTheCallerAcceptsXml() {
        Response page = index(query("limit", "1", "fields", "[\"id\"]"), accepting("application/xml"));
        assertThat(body(page)).contains("<widgets type=\"array\">", "<widget>",
                "<id type=\"integer\">1</id>");
        assertThat(body(widgets.show(2, accepting("application/xml"), "[\"status\"]", null)))
                .contains("<widget>", "<status>open</status>");
    }

    @Test
    void updateChangesTheRecordThenAnswersItAndRenderAnswersAnyStatus() {
        Response updated = widgets.update(8, w -> w.name = "renamed", null, "[\"id\",\"name\"]", null);
        assertThat(updated.getStatus()).isEqualTo(200);
        assertThat(updated.getEntity()).isEqualTo(Map.of("id", 8L, "name", "renamed"));
        assertThat(repository.byId(8).orElseThrow().name).isEqualTo("renamed");

        Widget created = new Widget(121, "open", "new");
        Response answer = widgets.render(201, created, null, null, "limited");
        assertThat(answer.getStatus()).isEqualTo(201);
        assertThat(answer.getEntity()).isEqualTo(Map.of("id", 121L));
    }

    @Test
    void anUnknownIdIsCoupasNotFoundForShowUpdateAndFind() {
        for (Runnable call : List.<Runnable>of(() -> widgets.show(999, null, null, null),
                () -> widgets.update(999, w -> w.name = "never", null, null, null), () -> widgets.find(999))) {
            assertThatThrownBy(call::run).isInstanceOfSatisfying(CoupaApiException.class, e -> {
                assertThat(e.status()).isEqualTo(404);
                assertThat(e.errors()).containsExactly("Couldn't find Widget with id=999");
            });
        }
    }

    @Test
    void badQueriesAreCoupaErrorsBeforeTheRepositoryIsAsked() {
        assertThatThrownBy(() -> index(query("colour", "red"), null))
                .isInstanceOfSatisfying(CoupaApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errors().get(0)).startsWith("Unknown query attribute 'colour'; known: id, maker[number], name");
                });
        assertThatThrownBy(() -> index(query("id", "seven"), null)).isInstanceOf(CoupaApiException.class)
                .hasMessage("Invalid value 'seven' for a long attribute");
        assertThatThrownBy(() -> index(query("offset", "x"), null)).isInstanceOf(CoupaApiException.class)
                .hasMessage("offset must be a whole number: x");
        assertThatThrownBy(() -> index(query("id[contains]", "1"), null)).isInstanceOf(CoupaApiException.class)
                .hasMessage("Operator contains applies to text attributes only");
        assertThat(repository.condition).as("the repository was never asked").isNull();
        assertThatThrownBy(() -> widgets.show(1, null, "id", null)).isInstanceOfSatisfying(CoupaApiException.class,
                e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void aChangeThatRefusesLeavesItsCoupaErrorToTheCaller() {
        assertThatThrownBy(() -> widgets.update(3, w -> {
            throw CoupaApiException.invalid("Only exported can be updated");
        }, null, null, null)).isInstanceOfSatisfying(CoupaApiException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.errors()).containsExactly("Only exported can be updated");
        });
    }
}
