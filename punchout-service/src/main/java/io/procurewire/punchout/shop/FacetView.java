package io.procurewire.punchout.shop;

import io.procurewire.punchout.catalog.CatalogDtos.FacetValue;
import io.procurewire.punchout.catalog.CatalogDtos.Facets;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The facets of a search page as plain links (no JavaScript, any iframe): the categories one level below the current
 * one (UNSPSC segments, then the families of the chosen segment) and the manufacturers, each link narrowing the
 * result; and the active filters, each with a link that removes it. Counts are shown when catalog-service counted every
 * match ({@code exact}); otherwise the values are listed in order of frequency without numbers.
 */
public record FacetView(List<Link> categories, String categoryHeading, List<Link> manufacturers, List<Active> active,
                        boolean exact, long counted) {

    /** A value that narrows the result; {@code count} null when not shown. */
    public record Link(String label, Long count, String url) {
    }

    /** An active filter and the link that removes it. */
    public record Active(String kind, String label, String removeUrl) {
    }

    static FacetView of(Facets facets, String query, String unspsc, String manufacturer, String sessionBase) {
        String q = trim(query);
        String code = trim(unspsc);
        String maker = trim(manufacturer);
        Facets f = facets == null ? Facets.none() : facets;
        boolean exact = f.exact();
        List<Link> categories = new ArrayList<>();
        String heading = null;
        if (code.isEmpty()) {
            heading = "Category";
            for (FacetValue v : nz(f.segments())) {
                categories.add(new Link(v.name(), exact ? v.count() : null, url(sessionBase, q, v.code(), maker)));
            }
        } else if (code.length() == 2) {
            heading = "Within " + nameOf(f.segments(), code);
            for (FacetValue v : nz(f.families())) {
                if (v.code() != null && v.code().startsWith(code)) {
                    categories.add(new Link(v.name(), exact ? v.count() : null, url(sessionBase, q, v.code(), maker)));
                }
            }
        }
        List<Link> manufacturers = new ArrayList<>();
        if (maker.isEmpty()) {
            for (FacetValue v : nz(f.manufacturers())) {
                manufacturers.add(new Link(v.name(), exact ? v.count() : null, url(sessionBase, q, code, v.name())));
            }
        }
        List<Active> active = new ArrayList<>();
        if (!q.isEmpty()) {
            active.add(new Active("Search", "“" + q + "”", url(sessionBase, "", code, maker)));
        }
        if (!code.isEmpty()) {
            String label = code.length() == 2 ? nameOf(f.segments(), code)
                    : code.length() == 4 ? nameOf(f.families(), code) : code;
            active.add(new Active("Category", label, url(sessionBase, q, "", maker)));
        }
        if (!maker.isEmpty()) {
            active.add(new Active("Manufacturer", maker, url(sessionBase, q, code, "")));
        }
        return new FacetView(categories, heading, manufacturers, active, exact, f.counted());
    }

    /** Whether there is anything to show (facets, or filters to remove). */
    public boolean shown() {
        return !categories.isEmpty() || !manufacturers.isEmpty() || !active.isEmpty();
    }

    /** Values listed without counts because only the first {@code counted} matches were counted. */
    public boolean approximate() {
        return !exact && counted > 0;
    }

    private static String nameOf(List<FacetValue> values, String code) {
        for (FacetValue v : nz(values)) {
            if (code.equals(v.code())) {
                return v.name();
            }
        }
        return code;
    }

    private static String url(String base, String q, String unspsc, String manufacturer) {
        return base + "/?q=" + enc(q) + "&unspsc=" + enc(unspsc) + "&manufacturer=" + enc(manufacturer);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }

    private static <T> List<T> nz(List<T> list) {
        return list == null ? List.of() : list;
    }
}
