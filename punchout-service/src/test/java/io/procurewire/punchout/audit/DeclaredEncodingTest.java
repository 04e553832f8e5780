package io.procurewire.punchout.audit;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DeclaredEncodingTest {

    private static final String BODY = "<cXML><Extrinsic name=\"LastName\">Müller – Straße €</Extrinsic></cXML>";

    @Test
    void decodesByTheEncodingTheDeclarationNames() {
        Charset cp1252 = Charset.forName("windows-1252");
        String declared = "<?xml version=\"1.0\" encoding=\"windows-1252\"?>" + BODY;
        assertEquals(declared, DeclaredEncoding.decode(declared.getBytes(cp1252)));
        String latin1 = "<?xml version='1.0' encoding='ISO-8859-1' standalone='no'?><cXML>Köln</cXML>";
        assertEquals(latin1, DeclaredEncoding.decode(latin1.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void defaultsToUtf8AndHonoursByteOrderMarks() {
        String undeclared = "<?xml version=\"1.0\"?>" + BODY;
        assertEquals(undeclared, DeclaredEncoding.decode(undeclared.getBytes(StandardCharsets.UTF_8)));
        assertEquals(BODY, DeclaredEncoding.decode(("\uFEFF" + BODY).getBytes(StandardCharsets.UTF_8)));
        String utf16 = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + BODY;
        assertEquals(utf16, DeclaredEncoding.decode(("\uFEFF" + utf16).getBytes(StandardCharsets.UTF_16BE)));
        assertEquals(utf16, DeclaredEncoding.decode(("\uFEFF" + utf16).getBytes(StandardCharsets.UTF_16LE)));
        String unknown = "<?xml version=\"1.0\" encoding=\"x-no-such-charset\"?>" + BODY;
        assertEquals(unknown, DeclaredEncoding.decode(unknown.getBytes(StandardCharsets.UTF_8)));
    }
}
