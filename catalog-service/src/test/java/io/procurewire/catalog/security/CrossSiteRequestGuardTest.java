package io.procurewire.catalog.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CrossSiteRequestGuardTest {

    @Test
    void whatACrossSiteFormOrBodylessRequestSendsIsFormLike() {
        assertTrue(CrossSiteRequestGuard.formLike(null));
        assertTrue(CrossSiteRequestGuard.formLike(""));
        assertTrue(CrossSiteRequestGuard.formLike("text/plain"));
        assertTrue(CrossSiteRequestGuard.formLike("Text/Plain; charset=UTF-8"));
        assertTrue(CrossSiteRequestGuard.formLike("application/x-www-form-urlencoded"));
        assertTrue(CrossSiteRequestGuard.formLike("multipart/form-data; boundary=----x"));
    }

    @Test
    void typesThatNeedAPreflightAreNot() {
        assertFalse(CrossSiteRequestGuard.formLike("application/json"));
        assertFalse(CrossSiteRequestGuard.formLike("text/csv"));
        assertFalse(CrossSiteRequestGuard.formLike("application/x-cif"));
        assertFalse(CrossSiteRequestGuard.formLike("application/octet-stream"));
    }
}
