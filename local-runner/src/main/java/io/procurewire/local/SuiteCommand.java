package io.procurewire.local;

import java.util.ArrayList;
import java.util.List;

/** What the user asked of the runner: the command line, parsed and checked before anything starts. */
public record SuiteCommand(boolean smoke, int postgresPort, List<String> only, boolean freshDatabase, String listen,
                           boolean demo) {

    public static final int DEFAULT_POSTGRES_PORT = 55432;

    public static SuiteCommand parse(String... args) {
        boolean smoke = false;
        boolean fresh = false;
        boolean demo = false;
        int port = DEFAULT_POSTGRES_PORT;
        String listen = SuiteProcesses.DEFAULT_LISTEN_ADDRESS;
        List<String> only = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--smoke" -> smoke = true;
                case "--fresh" -> fresh = true;
                case "--demo" -> demo = true;
                case "--pg-port" -> port = parsePort(value(args, ++i, arg));
                case "--only" -> only.addAll(List.of(value(args, ++i, arg).split(",")));
                case "--listen" -> listen = parseAddress(value(args, ++i, arg));
                default -> throw new IllegalArgumentException("unknown option " + arg + "\n" + usage());
            }
        }
        List<String> known = ServiceSpec.SUITE.stream().map(ServiceSpec::name).toList();
        for (String name : only) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown service " + name + "; known: " + String.join(", ", known));
            }
        }
        if (demo) {
            for (String needed : List.of("catalog-service", "punchout-service", "sandbox")) {
                if (!only.isEmpty() && !only.contains(needed)) {
                    throw new IllegalArgumentException("--demo needs " + needed + "; leave out --only or name it");
                }
            }
        }
        return new SuiteCommand(smoke, port, List.copyOf(only), fresh, listen, demo);
    }

    public List<ServiceSpec> selected() {
        return ServiceSpec.SUITE.stream().filter(s -> only.isEmpty() || only.contains(s.name())).toList();
    }

    public static String usage() {
        return """
                usage: scripts/run-local [--no-build] [--demo] [--smoke] [--fresh] [--pg-port N] [--only svc1,svc2] [--listen ADDRESS]
                  --demo      load the demo (catalog, contract, punchout connection, buyer platform supplier and
                              sites, sync target, order-sync integration, tolerance profile); running it twice
                              changes nothing
                  --smoke     start everything, check every service is ready, then stop (exit 0 when all were ready)
                  --fresh     wipe the local database directory (.local/postgres) first
                  --pg-port   port of the embedded PostgreSQL (default 55432)
                  --only      start only these services (names as printed in the table)
                  --listen    address the services bind to (default 127.0.0.1: this machine only; 0.0.0.0 opens the
                              suite, with its local-only admin/admin, to the network)""";
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value\n" + usage());
        }
        return args[index];
    }

    private static String parseAddress(String text) {
        if (!text.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}|[0-9a-fA-F:]+|localhost")) {
            throw new IllegalArgumentException("not an IP address to listen on: " + text);
        }
        return text;
    }

    private static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a TCP port: " + text);
        }
    }
}
