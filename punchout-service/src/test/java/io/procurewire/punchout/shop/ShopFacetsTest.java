package io.procurewire.punchout.shop;

import io.procurewire.punchout.Punchout;
import io.procurewire.punchout.TestConnections;
import io.procurewire.punchout.fakecatalog.FakeCatalog;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.procurewire.punchout.Punchout.fixture;
import static io.procurewire.punchout.Punchout.post;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Browsing by category and manufacturer: facet links narrow the result, active filters show and remove, all as plain
 * links; and the product page's picture (or placeholder) and attributes. Acme's fake catalog: P-100 (UNSPSC 27111700,
 * Tohnichi), P-200 (46181504, Ansell), P-300 (27111801, Mitutoyo).
 */
@QuarkusTest
class ShopFacetsTest {

    @BeforeEach
    @AfterEach
    void healthyCatalog() {
        FakeCatalog.healthy();
    }

    private static String shop() {
        return Punchout.enterShop(Punchout.startPath(post(fixture("setup-create-coupa.xml",
                TestConnections.acme(true, null).fromIdentity(), TestConnections.acme(true, null).secret(),
                Map.of("OPERATION", "create")))));
    }

    private static String page(String pathAndQuery) {
        return given().urlEncodingEnabled(false).get(pathAndQuery).then().statusCode(200).extract().asString();
    }

    /** The href of the link with this text inside the element with this id, HTML-unescaped. */
    private static String link(String html, String id, String text) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertTrue(start >= 0, () -> "element #" + id + " in\n" + html);
        String element = html.substring(start, html.indexOf("</p>", start));
        Matcher m = Pattern.compile("<a href=\"([^\"]*)\"[^>]*>" + Pattern.quote(text) + "</a>").matcher(element);
        assertTrue(m.find(), () -> "link '" + text + "' in #" + id + ": " + element);
        return m.group(1).replace("&amp;", "&");
    }

    private static void has(String html, String... parts) {
        for (String part : parts) {
            assertTrue(html.contains(part), () -> "expected '" + part + "' in\n" + html);
        }
    }

    private static void lacks(String html, String... parts) {
        for (String part : parts) {
            assertFalse(html.contains(part), () -> "did not expect '" + part + "' in\n" + html);
        }
    }

    private static int items(String html) {
        return html.split("<tr class=\"item\">", -1).length - 1;
    }

    @Test
    void categoryAndManufacturerLinksNarrowTheResultAndActiveFiltersAreRemovable() {
        String shop = shop();
        String all = page(shop + "/");
        has(all, "<nav class=\"facets\" id=\"facets\"", ">Tools and General Machinery</a> <small>(2)</small>",
                ">Defense and Law Enforcement and Security and Safety Equipment and Supplies</a> <small>(1)</small>",
                ">Mitutoyo</a> <small>(1)</small>", ">Tohnichi</a>", ">Ansell</a>");
        lacks(all, "id=\"active-filters\"");
        assertEquals(3, items(all));

        // a segment narrows to its products and offers its families
        String tools = page(link(all, "category-facets", "Tools and General Machinery"));
        assertEquals(2, items(tools));
        has(tools, "Category: Tools and General Machinery", "<strong>Within Tools and General Machinery:</strong>",
                ">Hand tools</a> <small>(2)</small>");
        lacks(tools, "Calibration gloves");

        // then a manufacturer narrows further; both filters show, each removable
        String mitutoyo = page(link(tools, "manufacturer-facets", "Mitutoyo"));
        assertEquals(1, items(mitutoyo));
        has(mitutoyo, "Digital caliper 150 mm", "Category: Tools and General Machinery", "Manufacturer: Mitutoyo");
        lacks(mitutoyo, "id=\"manufacturer-facets\"");
        Matcher remove = Pattern.compile("Category: Tools and General Machinery <a href=\"([^\"]*)\" class=\"remove\"")
                .matcher(mitutoyo);
        assertTrue(remove.find(), mitutoyo);
        String withoutCategory = page(remove.group(1).replace("&amp;", "&"));
        has(withoutCategory, "Manufacturer: Mitutoyo");
        lacks(withoutCategory, "Category: Tools");
        assertEquals(1, items(withoutCategory));

        // a family link from the segment page narrows to the family, named in the active filter
        String handTools = page(link(tools, "category-facets", "Hand tools"));
        has(handTools, "Category: Hand tools");
        lacks(handTools, "id=\"category-facets\"");
        assertEquals(2, items(handTools));
    }

    @Test
    void theSearchWordIsAnActiveFilterKeptByTheFacetLinks() {
        String shop = shop();
        String found = page(shop + "/?q=caliper");
        has(found, "Search: “caliper”");
        has(link(found, "manufacturer-facets", "Mitutoyo"), "q=caliper", "manufacturer=Mitutoyo");
    }

    @Test
    void resultsStillShowWhenFacetsCannotBeCounted() {
        String shop = shop();
        FakeCatalog.facetsFailWithStatus = 404; // e.g. an older catalog-service without the endpoint
        String all = page(shop + "/");
        assertEquals(3, items(all));
        lacks(all, "id=\"category-facets\"", "id=\"stale\"");
    }

    @Test
    void theProductPageShowsThePictureEscapedAndTheAttributes() {
        String shop = shop();
        String wrench = page(shop + "/items/P-100");
        has(wrench, "<img id=\"product-image\" src=\"https://img.example.test/p-100.png?size=large&amp;v=2\"",
                "<table id=\"attributes\">", "<tr><th>Certificate</th><td>&lt;calibration &amp; traceability&gt;</td></tr>",
                "<tr><th>Drive</th><td>3/8&quot;</td></tr>");
        lacks(wrench, "id=\"image-placeholder\"");
        assertTrue(wrench.indexOf("<th>Certificate") < wrench.indexOf("<th>Drive")
                && wrench.indexOf("<th>Drive") < wrench.indexOf("<th>Range"), "attributes in key order");

        // no picture: a placeholder drawn by the stylesheet, nothing fetched; no attributes: no table
        String gloves = page(shop + "/items/P-200?aux=BOX-10");
        has(gloves, "id=\"image-placeholder\"", "<span>C</span>");
        lacks(gloves, "<img id=\"product-image\"", "id=\"attributes\"");

        // a picture URL that is not http(s) is never put into the page
        String caliper = page(shop + "/items/P-300");
        has(caliper, "id=\"image-placeholder\"");
        lacks(caliper, "javascript:");
    }
}
