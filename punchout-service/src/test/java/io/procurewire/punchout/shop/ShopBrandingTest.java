package io.procurewire.punchout.shop;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ShopBrandingTest {

    @Test
    void coloursAreHexColoursAndNothingElse() {
        assertEquals("#1d3557", ShopBranding.colour("header-colour", "#1d3557"));
        assertEquals("#FFF", ShopBranding.colour("header-colour", "#FFF"));
        for (String hostile : new String[]{"red", "#12345", "#1d3557;background:url(x)", "expression(alert(1))", ""}) {
            assertThrows(IllegalArgumentException.class, () -> ShopBranding.colour("header-colour", hostile), hostile);
        }
    }

    @Test
    void theLogoIsAnHttpUrl() {
        assertEquals("https://cdn.example.com/logo.png", ShopBranding.httpUrl(" https://cdn.example.com/logo.png "));
        for (String hostile : new String[]{"javascript:alert(1)", "data:image/png;base64,AAAA", "//cdn.example.com/x.png",
                "not a url"}) {
            assertThrows(IllegalArgumentException.class, () -> ShopBranding.httpUrl(hostile), hostile);
        }
    }
}
