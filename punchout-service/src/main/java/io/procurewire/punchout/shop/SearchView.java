package io.procurewire.punchout.shop;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A page of search results with the query that produced it and the links to its neighbours. {@code totalCapped}: more
 * products match than {@code total} counts (the page shows "1000+ item(s)").
 */
public record SearchView(List<ItemView> items, String query, String unspsc, String manufacturer, int page,
                         int pageCount, long total, String previousUrl, String nextUrl, boolean totalCapped) {

    static SearchView of(List<ItemView> items, String query, String unspsc, String manufacturer, int page, int size,
                         long total, String sessionBase) {
        return of(items, query, unspsc, manufacturer, page, size, total, false, sessionBase);
    }

    static SearchView of(List<ItemView> items, String query, String unspsc, String manufacturer, int page, int size,
                         long total, boolean totalCapped, String sessionBase) {
        int pageCount = (int) Math.max(1, (total + size - 1) / size);
        String previous = page > 0 ? url(sessionBase, query, unspsc, manufacturer, page - 1) : null;
        String next = page + 1 < pageCount ? url(sessionBase, query, unspsc, manufacturer, page + 1) : null;
        return new SearchView(items, nz(query), nz(unspsc), nz(manufacturer), page, pageCount, total, previous, next,
                totalCapped);
    }

    public int shownPage() {
        return page + 1;
    }

    private static String url(String base, String q, String unspsc, String manufacturer, int page) {
        return base + "/?q=" + enc(q) + "&unspsc=" + enc(unspsc) + "&manufacturer=" + enc(manufacturer) + "&page=" + page;
    }

    private static String enc(String s) {
        return s == null ? "" : URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
