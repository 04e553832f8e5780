package io.procurewire.cxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** One reader and one writer are shared by all request threads of a service. */
class ConcurrencyTest {

    @Test
    void sharedReaderAndWriterGiveTheSameResultOnManyThreads() {
        CxmlReader reader = new CxmlReader();
        CxmlWriter writer = new CxmlWriter();
        List<String> fixtures = List.of("posr-coupa-create.xml", "poom-cart.xml", "order-request-new.xml",
                "invoice-detail-request.xml", "ship-notice-request.xml", "confirmation-request.xml");
        List<String> expected = fixtures.stream().map(f -> writer.write(reader.read(Fixtures.bytes(f)))).toList();

        List<Boolean> same = IntStream.range(0, 240).parallel()
                .mapToObj(i -> writer.write(reader.read(Fixtures.bytes(fixtures.get(i % fixtures.size()))))
                        .equals(expected.get(i % fixtures.size())))
                .toList();

        assertThat(same).containsOnly(true).hasSize(240);
    }
}
