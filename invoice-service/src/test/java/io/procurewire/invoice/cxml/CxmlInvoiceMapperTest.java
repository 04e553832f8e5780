package io.procurewire.invoice.cxml;

import io.procurewire.cxml.CxmlReader;
import io.procurewire.cxml.model.InvoiceDetailRequest;
import io.procurewire.invoice.matching.Charge;
import io.procurewire.invoice.matching.ChargeKind;
import io.procurewire.invoice.matching.Invoice;
import io.procurewire.invoice.matching.Purpose;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static io.procurewire.invoice.cxml.CxmlClient.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The cXML-to-matching mapping alone, on the fixtures (no Quarkus). */
class CxmlInvoiceMapperTest {

    private static InvoiceDetailRequest read(String xml) {
        return new CxmlReader().read(xml).getRequest().getInvoiceDetailRequest();
    }

    private static Invoice map(String xml) {
        return CxmlInvoiceMapper.toInvoice(read(xml), "SUP-1", "acme", payload -> Optional.of("BY-PAYLOAD"));
    }

    @Test
    void lineTaxLineChargesAndSummaryRemaindersBecomeTheEnginesInvoice() {
        Invoice invoice = map(fixture("invoice-standard.xml"));
        assertThat(invoice.invoiceNumber()).isEqualTo("INV-C100");
        assertThat(invoice.invoiceDate()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(invoice.currency()).isEqualTo("USD");
        assertThat(invoice.purpose()).isEqualTo(Purpose.STANDARD);
        assertThat(invoice.lines()).extracting(Invoice.Line::poNumber, Invoice.Line::poLineNumber)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PO-C100", 1), org.assertj.core.groups.Tuple.tuple("PO-C100", 2));
        assertThat(invoice.lines().get(0).taxAmount()).isEqualByComparingTo("8.25");
        assertThat(invoice.lines().get(0).taxRate()).isEqualByComparingTo("8.25");
        assertThat(invoice.lines().get(0).amount()).isEqualByComparingTo("100.00");
        assertThat(invoice.lines().get(0).description()).isEqualTo("Toner cartridge, black");
        // line shipping 4 and handling 3 on line 1, the discount 1 on line 1; the summary's shipping 9 leaves 5 for the header
        assertThat(invoice.charges()).extracting(Charge::kind, c -> c.amount().toPlainString(), Charge::invoiceLine)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ChargeKind.SHIPPING, "4.00", 1),
                        org.assertj.core.groups.Tuple.tuple(ChargeKind.HANDLING, "3.00", 1),
                        org.assertj.core.groups.Tuple.tuple(ChargeKind.DISCOUNT, "1.00", 1),
                        org.assertj.core.groups.Tuple.tuple(ChargeKind.SHIPPING, "5.00", null));
        assertThat(invoice.headerTax()).as("lines carry the tax").isNull();
        assertThat(invoice.statedTotal()).isEqualByComparingTo("173.38");
    }

    @Test
    void summaryTaxIsTheHeaderTaxWhenNoLineHasTaxAndOrderIdInfoNamesThePo() {
        Invoice invoice = map(fixture("invoice-header-tax.xml"));
        assertThat(invoice.headerTax()).isEqualByComparingTo("0.00");
        assertThat(invoice.lines().get(0).poNumber()).isEqualTo("PO-C200");
        assertThat(invoice.charges()).isEmpty();
    }

    @Test
    void creditMemosNameTheirOriginalByInvoiceIdInfoOrByPayloadId() {
        Invoice memo = map(fixture("invoice-credit-memo.xml"));
        assertThat(memo.purpose()).isEqualTo(Purpose.CREDIT_MEMO);
        assertThat(memo.originalInvoiceNumber()).isEqualTo("INV-C200");
        assertThat(memo.statedTotal()).isEqualByComparingTo("-12.50");
        Invoice lineMemo = map(fixture("invoice-line-level-credit-memo.xml"));
        assertThat(lineMemo.purpose()).isEqualTo(Purpose.LINE_LEVEL_CREDIT_MEMO);
        assertThat(lineMemo.originalInvoiceNumber()).isEqualTo("BY-PAYLOAD");
        assertThat(lineMemo.lines().get(0).quantity()).isEqualByComparingTo("-4");
    }

    @Test
    void debitMemosNameTheirOriginalAndDeletesAreNotBookedAsInvoices() {
        Invoice debit = map(fixture("invoice-debit-memo.xml"));
        assertThat(debit.purpose()).isEqualTo(Purpose.DEBIT_MEMO);
        assertThat(debit.originalInvoiceNumber()).isEqualTo("INV-C300");
        assertThat(debit.lines().get(0).quantity()).isEqualByComparingTo("2");
        assertThat(map(fixture("invoice-debit-memo.xml").replace("\"debitMemo\"", "\"lineLevelDebitMemo\"")).purpose())
                .isEqualTo(Purpose.LINE_LEVEL_DEBIT_MEMO);
        assertThatThrownBy(() -> map(fixture("invoice-c300-delete.xml")))
                .isInstanceOfSatisfying(CxmlInvoiceMapper.Refused.class, e -> assertThat(e.code).isEqualTo(406));
    }

    @Test
    void refusalsCarryTheStatusCode() {
        String xml = fixture("invoice-header-tax.xml");
        assertThatThrownBy(() -> map(xml.replace("purpose=\"standard\"", "purpose=\"proforma\"")))
                .isInstanceOfSatisfying(CxmlInvoiceMapper.Refused.class, e -> assertThat(e.code).isEqualTo(406));
        assertThatThrownBy(() -> map(xml.replace(" quantity=\"4\"", "")))
                .isInstanceOfSatisfying(CxmlInvoiceMapper.Refused.class, e -> assertThat(e.code).isEqualTo(400))
                .hasMessage("invoice line 1 has no quantity");
        assertThatThrownBy(() -> map(xml.replace("isInformationOnly", "x").replace("<InvoiceDetailRequestHeader ",
                "<InvoiceDetailRequestHeader isInformationOnly=\"yes\" ")))
                .isInstanceOfSatisfying(CxmlInvoiceMapper.Refused.class, e -> assertThat(e.code).isEqualTo(406));
    }
}
