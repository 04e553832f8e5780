package io.procurewire.problem;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SameOriginFormsTest {

    @Test
    void onlyFormPostsFromThePageItselfAreAccepted() {
        assertTrue(SameOriginForms.allowed("same-origin", "http://localhost:8083", "localhost:8083"));
        assertTrue(SameOriginForms.allowed(null, "http://localhost:8083", "localhost:8083"));
        assertTrue(SameOriginForms.allowed("same-origin", null, "localhost:8083"));
        assertFalse(SameOriginForms.allowed("cross-site", "http://localhost:8083", "localhost:8083"));
        assertFalse(SameOriginForms.allowed(null, "https://evil.example", "localhost:8083"));
        assertFalse(SameOriginForms.allowed(null, "http://localhost:8084", "localhost:8083"));
        assertFalse(SameOriginForms.allowed(null, null, "localhost:8083"));
    }
}
