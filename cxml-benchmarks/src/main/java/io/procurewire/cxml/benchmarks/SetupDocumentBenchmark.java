package io.procurewire.cxml.benchmarks;

import io.procurewire.cxml.CxmlReader;
import io.procurewire.cxml.CxmlStatus;
import io.procurewire.cxml.CxmlWriter;
import io.procurewire.cxml.model.CxmlDocument;
import io.procurewire.cxml.model.PunchOutSetupResponse;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;

/**
 * What punchout-service's setup path asks of the cxml library, on one thread: read a 3 KB Coupa-style
 * PunchOutSetupRequest (with its DOCTYPE, as real cXML has) through the production reader (DTDs off, no external
 * access, size limit, validation), and write a PunchOutSetupResponse with its StartPage URL as the handler does
 * (payloadID and timestamp made per answer, the DOCTYPE written).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 2)
public class SetupDocumentBenchmark {

    private final CxmlReader reader = new CxmlReader();
    private final CxmlWriter writer = new CxmlWriter();
    private byte[] request;

    @Setup
    public void load() throws IOException {
        try (InputStream in = SetupDocumentBenchmark.class.getResourceAsStream("/setup-request-3k.xml")) {
            request = in.readAllBytes();
        }
        CxmlDocument read = reader.read(request); // fails the run at once if the document were refused
        if (read.getRequest().getPunchOutSetupRequest() == null) {
            throw new IllegalStateException("benchmark document is not a PunchOutSetupRequest");
        }
    }

    @Benchmark
    public CxmlDocument readSetupRequest() {
        return reader.read(request);
    }

    @Benchmark
    public String writeSetupResponse() {
        CxmlDocument answer = CxmlStatus.response(CxmlStatus.OK, null, "1714558530.4711@acme.coupahost.com");
        answer.getResponse().setPunchOutSetupResponse(new PunchOutSetupResponse(
                "https://punchout.example.com/punchout/start/q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k8l9z0x1c"));
        return writer.write(answer);
    }
}
