package io.procurewire.invoice.cxml;

import io.procurewire.testsupport.operations.ReadinessWithoutDatabaseContract;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import static io.procurewire.invoice.cxml.CxmlClient.fixture;
import static io.procurewire.invoice.cxml.CxmlClient.post;
import static org.assertj.core.api.Assertions.assertThat;

/** 500 only when sending the same document again can succeed: here the database is unreachable. */
@QuarkusTest
@TestProfile(ReadinessWithoutDatabaseContract.UnreachableDatabase.class)
class CxmlWithoutDatabaseTest {

    @Test
    void aDocumentThatCannotBeStoredIsAnswered500ToBeSentAgain() {
        CxmlClient.Answer invoice = post("/cxml/invoices", fixture("invoice-header-tax.xml"));
        assertThat(invoice.code()).isEqualTo(500);
        assertThat(invoice.text()).isEqualTo("the invoice could not be stored; please send it again later");
        CxmlClient.Answer notice = post("/cxml/ship-notices", fixture("ship-notice-partial.xml"));
        assertThat(notice.code()).isEqualTo(500);
        assertThat(notice.text()).isEqualTo("the ship notice could not be booked; please send it again later");
    }

    @Test
    void refusalsThatNeedNoDatabaseStillCarryTheirCodes() {
        assertThat(post("/cxml/invoices", fixture("invoice-header-tax.xml").replace("cxml-test-secret", "x")).code())
                .isEqualTo(401);
    }
}
