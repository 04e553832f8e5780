package io.procurewire.cxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CartFormTest {

    static final String CART = new CxmlWriter().write(CxmlWriterTest.minimalCart())
            .replace("<ShortName>", "<ShortName>").replace(">Pen<", ">Stift Größe ß – 笔<");

    @Test
    void urlencodedFieldCarriesTheRawXml() {
        CartForm.FormField field = CartForm.encode(CART, CartForm.Encoding.URLENCODED);

        assertThat(field.name()).isEqualTo("cXML-urlencoded");
        assertThat(field.value()).isEqualTo(CART);
        assertThat(CartForm.decode(Map.of(field.name(), List.of(field.value())))).contains(CART);
    }

    @Test
    void base64FieldCarriesUtf8Bytes() {
        CartForm.FormField field = CartForm.encode(CART, CartForm.Encoding.BASE64);

        assertThat(field.name()).isEqualTo("cXML-base64");
        assertThat(new String(Base64.getDecoder().decode(field.value()), StandardCharsets.UTF_8)).isEqualTo(CART);
        String decoded = CartForm.decode(Map.of(field.name(), List.of(field.value()))).orElseThrow();
        assertThat(decoded).isEqualTo(CART).contains("Stift Größe ß – 笔");
        assertThat(new CxmlReader().read(decoded).getMessage().getPunchOutOrderMessage().getItems().get(0)
                .getItemDetail().getDescriptions().get(0).getText()).isEqualTo("Stift Größe ß – 笔");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cxml-urlencoded", "cXML-urlencoded", "CXML-URLENCODED", " cXML-UrlEncoded "})
    void matchesUrlencodedFieldNameInAnyCase(String name) {
        assertThat(CartForm.decode(Map.of(name, List.of(CART)))).contains(CART);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cxml-base64", "cXML-base64", "CXML-BASE64", "Cxml-Base64"})
    void matchesBase64FieldNameInAnyCase(String name) {
        String value = Base64.getEncoder().encodeToString(CART.getBytes(StandardCharsets.UTF_8));

        assertThat(CartForm.decode(Map.of(name, List.of(value)))).contains(CART);
    }

    @Test
    void toleratesMimeLineBreaksAndPlusSignsTurnedIntoSpaces() {
        String mime = Base64.getMimeEncoder().encodeToString(CART.getBytes(StandardCharsets.UTF_8));
        assertThat(mime).contains("\r\n");
        String spaced = Base64.getEncoder().encodeToString(CART.getBytes(StandardCharsets.UTF_8)).replace('+', ' ');

        assertThat(CartForm.decode(Map.of("cXML-base64", List.of(mime)))).contains(CART);
        assertThat(CartForm.decode(Map.of("cXML-base64", List.of(spaced)))).contains(CART);
    }

    @Test
    void decodesBase64OfIso88591DocumentInItsDeclaredCharset() {
        byte[] latin1 = Fixtures.bytes("posr-iso-8859-1.xml");
        String value = Base64.getEncoder().encodeToString(latin1);

        String decoded = CartForm.decode(Map.of("cXML-base64", List.of(value))).orElseThrow();

        assertThat(decoded).contains("Jürgen Müller-Straße");
        assertThat(new CxmlReader().read(decoded).getRequest().getPunchOutSetupRequest().extrinsic("UserFullName"))
                .contains("Jürgen Müller-Straße");
    }

    @Test
    void prefersBase64WhenBothArePresentAndSkipsBlankValues() {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("cXML-urlencoded", List.of("<urlencoded/>"));
        form.put("cxml-base64", List.of("", Base64.getEncoder().encodeToString("<base64/>".getBytes(StandardCharsets.UTF_8))));

        assertThat(CartForm.decode(form)).contains("<base64/>");
    }

    @Test
    void emptyWhenNoCartField() {
        assertThat(CartForm.decode(Map.of("other", List.of("x")))).isEmpty();
        assertThat(CartForm.decode(Map.of("cXML-urlencoded", List.of("  ")))).isEmpty();
        assertThat(CartForm.decode(null)).isEmpty();
    }

    @Test
    void invalidBase64IsA400() {
        assertThatThrownBy(() -> CartForm.decode(Map.of("cXML-base64", List.of("not*base64!"))))
                .isInstanceOfSatisfying(CxmlReadException.class, e -> assertThat(e.statusCode()).isEqualTo(400))
                .hasMessage("form field cXML-base64 is not valid base64: Illegal base64 character 2a");
    }
}
