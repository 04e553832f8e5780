package io.procurewire.sandbox.buyer;

import io.procurewire.cxml.CartForm;
import io.procurewire.cxml.CxmlReader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CartsTest {

    private final CxmlReader reader = new CxmlReader();

    private static String fixture(String name) throws IOException {
        try (InputStream in = CartsTest.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, List<String>> form(String xml, CartForm.Encoding encoding) {
        CartForm.FormField field = CartForm.encode(xml, encoding);
        return Map.of(field.name(), List.of(field.value()));
    }

    @Test
    void readsARealShapedCartIntoLines() throws IOException {
        List<Carts.CartLine> lines = Carts.read(reader, form(fixture("poom-two-lines.xml"), CartForm.Encoding.BASE64),
                "cookie-1");
        assertThat(lines).containsExactly(
                new Carts.CartLine("PAPER-A4", "cart-7:line-1", "Copy paper A4", new BigDecimal("2"),
                        new BigDecimal("45.00"), "USD", "BX", "14111507", "Acme Paper"),
                new Carts.CartLine("PEN-BLUE", null, "Ballpoint pen, blue", new BigDecimal("10"),
                        new BigDecimal("1.15"), "USD", "EA", "44121704", null));
    }

    @Test
    void listsEveryMissingMinimumField() throws IOException {
        assertThatThrownBy(() -> Carts.read(reader, form(fixture("poom-missing-fields.xml"),
                CartForm.Encoding.URLENCODED), "cookie-1"))
                .isInstanceOf(PunchoutFailed.class)
                .hasMessage("The cart is invalid: line 1 has no UNSPSC Classification; line 2 has no positive quantity");
    }

    @Test
    void refusesAFormWithoutCart() {
        assertThatThrownBy(() -> Carts.read(reader, Map.of("foo", List.of("bar")), "c"))
                .hasMessageStartingWith("Punchout failed to return a cart");
    }

    @Test
    void refusesAnEmptyCart() throws IOException {
        assertThatThrownBy(() -> Carts.read(reader, form(fixture("poom-empty.xml"), CartForm.Encoding.BASE64), "cookie-1"))
                .hasMessage("The supplier returned an empty cart");
    }

    @Test
    void refusesAnotherDocumentType() throws IOException {
        assertThatThrownBy(() -> Carts.read(reader, form(fixture("status-200.xml"), CartForm.Encoding.BASE64), "c"))
                .hasMessageContaining("Punchout failed to return a cart");
    }
}
