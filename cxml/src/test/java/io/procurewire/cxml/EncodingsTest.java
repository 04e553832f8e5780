package io.procurewire.cxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Buyers send UTF-8 with and without BOM, UTF-16 with BOM and legacy single-byte encodings. */
class EncodingsTest {

    final CxmlReader reader = new CxmlReader();

    static String latin1FixtureAsText() {
        return new String(Fixtures.bytes("posr-iso-8859-1.xml"), StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16BE", "UTF-16LE"})
    void readsUtf16WithByteOrderMark(String charset) {
        String xml = latin1FixtureAsText().replace("encoding=\"ISO-8859-1\"", "encoding=\"UTF-16\"");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] bom = charset.equals("UTF-16BE") ? new byte[] {(byte) 0xFE, (byte) 0xFF} : new byte[] {(byte) 0xFF, (byte) 0xFE};
        bytes.writeBytes(bom);
        bytes.writeBytes(xml.getBytes(Charset.forName(charset)));

        var setup = reader.read(bytes.toByteArray()).getRequest().getPunchOutSetupRequest();

        assertThat(setup.extrinsic("UserFullName")).contains("Jürgen Müller-Straße");
    }

    @Test
    void readsDeclaredWindows1252() {
        String xml = latin1FixtureAsText().replace("encoding=\"ISO-8859-1\"", "encoding=\"windows-1252\"")
                .replace("Jürgen Müller-Straße</Extrinsic>", "Jürgen \u201cJo\u201d Müller \u20ac</Extrinsic>");

        var setup = reader.read(xml.getBytes(Charset.forName("windows-1252"))).getRequest().getPunchOutSetupRequest();

        assertThat(setup.extrinsic("UserFullName")).contains("Jürgen \u201cJo\u201d Müller \u20ac");
    }

    @Test
    void readsUtf8WithoutDeclaration() {
        String xml = new String(Fixtures.bytes("poom-cart.xml"), StandardCharsets.UTF_8).replaceFirst("<\\?xml[^>]*>\\s*", "");

        var cart = reader.read(xml.getBytes(StandardCharsets.UTF_8)).getMessage().getPunchOutOrderMessage();

        assertThat(cart.getItems().get(1).getItemDetail().getDescriptions().get(0).getText()).contains("Größe");
    }

    @Test
    void readsStringWithLeadingBomCharacterAndForeignDeclaration() {
        String xml = "\uFEFF" + latin1FixtureAsText();

        assertThat(reader.read(xml).getRequest().getPunchOutSetupRequest().extrinsic("UserFullName"))
                .contains("Jürgen Müller-Straße");
    }
}
