package io.procurewire.punchout.shop;

import io.procurewire.punchout.catalog.CatalogDtos.CatalogItem;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the product page shows beyond the list row: the product's picture (an absolute http(s) URL only; anything
 * else, or none, gives a placeholder drawn by the stylesheet, so the page fetches nothing when there is no picture) and
 * its attributes (colour, size, pack contents, ...) in key order.
 */
public record ProductDetails(String imageUrl, String placeholderLetter, List<Attribute> attributes) {

    public record Attribute(String name, String value) {
    }

    static ProductDetails of(CatalogItem item) {
        List<Attribute> attributes = item.attributes() == null ? List.of() : item.attributes().entrySet().stream()
                .filter(e -> e.getKey() != null && !e.getKey().isBlank() && e.getValue() != null && !e.getValue().isBlank())
                .sorted(Map.Entry.comparingByKey(String.CASE_INSENSITIVE_ORDER))
                .map(e -> new Attribute(e.getKey(), e.getValue())).toList();
        String name = item.name() == null ? "" : item.name().strip();
        String letter = name.isEmpty() ? "?" : name.substring(0, name.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT);
        return new ProductDetails(safeImageUrl(item.imageUrl()), letter, attributes);
    }

    /** The URL when it is an absolute http or https URL with a host (no javascript:, data:, relative or odd URLs). */
    static String safeImageUrl(String url) {
        if (url == null || url.isBlank() || url.length() > 2000) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank()) {
                return uri.toASCIIString();
            }
        } catch (URISyntaxException e) {
            // not a URL: the placeholder
        }
        return null;
    }
}
