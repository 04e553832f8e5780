import io.procurewire.local.SuiteProcesses;

import java.nio.file.Path;

/**
 * The embedded PostgreSQL of scripts/run-local and the tests (zonky binaries, through local-runner's SuiteProcesses),
 * for scripts/startup-measure: starts a throw-away server on 127.0.0.1:&lt;port&gt;, creates the named databases,
 * prints "ready" and runs until its standard input closes.
 * <pre>java -cp "local-runner/target/classes:local-runner/target/lib/*" scripts/lib/MeasurePostgres.java PORT DB...</pre>
 */
public class MeasurePostgres {
    public static void main(String[] args) throws Exception {
        java.util.logging.Logger.getLogger("io.zonky").setLevel(java.util.logging.Level.WARNING);
        try (SuiteProcesses suite = new SuiteProcesses(Path.of("."), "127.0.0.1")) {
            suite.startPostgres(Integer.parseInt(args[0]), null);
            for (int i = 1; i < args.length; i++) {
                suite.createDatabaseIfMissing(args[i]);
            }
            System.out.println("ready");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the script to close the pipe
            }
        }
    }
}
