package io.procurewire.punchout.shop;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ProductDetailsTest {

    @Test
    void onlyAbsoluteHttpAndHttpsPictureUrlsAreKept() {
        assertEquals("https://img.example.com/a.png", ProductDetails.safeImageUrl("https://img.example.com/a.png"));
        assertNull(ProductDetails.safeImageUrl("HTTP://img.example.com/a b.png"));
        assertEquals("http://img.example.com/a%20b.png?x=1&y=2",
                ProductDetails.safeImageUrl("http://img.example.com/a%20b.png?x=1&y=2"));
        assertNull(ProductDetails.safeImageUrl("javascript:alert(1)"));
        assertNull(ProductDetails.safeImageUrl("data:image/png;base64,AAAA"));
        assertNull(ProductDetails.safeImageUrl("//img.example.com/a.png"));
        assertNull(ProductDetails.safeImageUrl("/images/a.png"));
        assertNull(ProductDetails.safeImageUrl("https:///a.png"));
        assertNull(ProductDetails.safeImageUrl(" "));
        assertNull(ProductDetails.safeImageUrl(null));
    }
}
