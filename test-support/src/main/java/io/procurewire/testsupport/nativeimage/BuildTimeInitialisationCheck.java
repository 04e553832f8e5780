package io.procurewire.testsupport.nativeimage;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.spi.ToolProvider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds, in a module's compiled classes, state that a native image would freeze at build time: Quarkus initialises
 * application classes while building the image, so whatever a static initialiser computes (a seeded
 * {@code SecureRandom}, a host name, a UUID, an environment variable, a JAXB context, an ObjectMapper) is baked into
 * the executable and shared by every pod started from it — GraalVM even refuses a {@code Random} in the image heap.
 *
 * <p>This is what {@code -Dquarkus.native.sources-only=true} cannot see (it never runs {@code native-image}). The
 * check reads the bytecode with the JDK's own {@code javap} (no class is loaded or initialised) and reports:
 * <ul>
 *   <li>a static initialiser that reaches, directly or through methods of its own class, an operation whose result
 *       must come from the running process ({@link #RUN_TIME_ONLY});</li>
 *   <li>a {@code static final} field whose declared type holds such state ({@link #RUN_TIME_TYPES}).</li>
 * </ul>
 * Classes registered for run-time initialisation ({@code --initialize-at-run-time=} in
 * {@code quarkus.native.additional-build-args} of the module's application.properties, or in a
 * {@code META-INF/native-image/**}{@code /native-image.properties}) may hold such state: that is the deliberate fix.
 */
public final class BuildTimeInitialisationCheck {

    /** Bytecode operations (javap's rendering: {@code new} of a class, or a method owner.name) and why they are refused. */
    static final Map<String, String> RUN_TIME_ONLY = Map.ofEntries(
            Map.entry("class java/util/Random", "a Random seeded at build time"),
            Map.entry("class java/security/SecureRandom", "a SecureRandom seeded at build time"),
            Map.entry("class java/util/SplittableRandom", "a SplittableRandom seeded at build time"),
            Map.entry("java/security/SecureRandom.getInstance", "a SecureRandom seeded at build time"),
            Map.entry("java/security/SecureRandom.getInstanceStrong", "a SecureRandom seeded at build time"),
            Map.entry("java/util/UUID.randomUUID", "a UUID drawn once at build time"),
            Map.entry("java/net/InetAddress.getLocalHost", "the build machine's host name"),
            Map.entry("java/net/InetAddress.getByName", "a name resolved on the build machine"),
            Map.entry("java/lang/System.getenv", "the build machine's environment"),
            Map.entry("java/lang/System.currentTimeMillis", "the build time instead of the start time"),
            Map.entry("java/lang/System.nanoTime", "the build time instead of the start time"),
            Map.entry("java/lang/ProcessHandle.current", "the build process"),
            Map.entry("java/lang/Runtime.availableProcessors", "the build machine's processor count"),
            Map.entry("jakarta/xml/bind/JAXBContext.newInstance", "a JAXBContext built into the image heap"),
            Map.entry("class com/fasterxml/jackson/databind/ObjectMapper", "an ObjectMapper built into the image heap"),
            Map.entry("com/fasterxml/jackson/databind/json/JsonMapper.builder", "an ObjectMapper built into the image heap"));

    /** Declared types of {@code static final} fields that always carry run-time state. */
    static final Set<String> RUN_TIME_TYPES = Set.of(
            "java.util.Random", "java.security.SecureRandom", "java.util.SplittableRandom", "java.net.InetAddress",
            "java.util.UUID", "jakarta.xml.bind.JAXBContext", "com.fasterxml.jackson.databind.ObjectMapper",
            "com.fasterxml.jackson.databind.json.JsonMapper");

    private static final Pattern CLASS_HEADER = Pattern.compile("^(?:[a-z]+ )*(?:class|interface|enum|record|@interface) ([\\w.$]+).*\\{$");
    private static final Pattern METHOD_HEADER = Pattern.compile("^  (?:.* )?([\\w$<>.]+)\\(.*\\)(?: throws .*)?;$");
    private static final Pattern STATIC_FINAL_FIELD = Pattern.compile("^  (?:[a-z]+ )*static final (?:[a-z]+ )*([\\w.$]+(?:<.*>)?(?:\\[])*) ([\\w$]+);$");
    private static final Pattern REFERENCE = Pattern.compile("// (?:Method|InterfaceMethod) ([\\w/$]+\\.)?([\\w$<>]+):|// (class [\\w/$]+)$");
    private static final String RUN_TIME_OPTION = "--initialize-at-run-time=";

    private final Path classes;
    private final Set<String> runTimeInitialised;

    private BuildTimeInitialisationCheck(Path classes, Set<String> runTimeInitialised) {
        this.classes = classes;
        this.runTimeInitialised = runTimeInitialised;
    }

    /** The module whose compiled classes (and application.properties, native-image.properties) are in {@code classes}. */
    public static BuildTimeInitialisationCheck forModule(Path classes) {
        return new BuildTimeInitialisationCheck(classes, runTimeInitialisedClasses(classes));
    }

    /** Classes under {@code classes}, with an explicit list of classes or packages initialised at run time. */
    public static BuildTimeInitialisationCheck of(Path classes, Set<String> runTimeInitialised) {
        return new BuildTimeInitialisationCheck(classes, Set.copyOf(runTimeInitialised));
    }

    public Set<String> runTimeInitialised() {
        return runTimeInitialised;
    }

    /** One line per problem: class, what it freezes, how it gets there. Empty when the module is native-safe. */
    public List<String> violations() {
        if (!Files.isDirectory(classes)) {
            throw new IllegalStateException("no compiled classes under " + classes.toAbsolutePath() + " (compile first)");
        }
        List<Path> files = classFiles();
        if (files.isEmpty()) {
            return List.of();
        }
        List<String> violations = new ArrayList<>();
        for (ClassCode code : disassemble(files)) {
            if (initialisedAtRunTime(code.name)) {
                continue;
            }
            for (Map.Entry<String, String> field : code.staticFinalFields.entrySet()) {
                if (RUN_TIME_TYPES.contains(field.getValue())) {
                    violations.add(code.name + "." + field.getKey() + ": static final " + field.getValue()
                            + " is created at image build time");
                }
            }
            violations.addAll(initialiserViolations(code));
        }
        return violations;
    }

    private boolean initialisedAtRunTime(String className) {
        if (runTimeInitialised.contains(className)) {
            return true;
        }
        int dot = className.lastIndexOf('.');
        return dot > 0 && runTimeInitialised.contains(className.substring(0, dot));
    }

    private static List<String> initialiserViolations(ClassCode code) {
        if (!code.references.containsKey("<clinit>")) {
            return List.of();
        }
        String self = code.name.replace('.', '/') + ".";
        List<String> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Deque<List<String>> paths = new ArrayDeque<>();
        paths.add(List.of("<clinit>"));
        while (!paths.isEmpty()) {
            List<String> path = paths.poll();
            String method = path.getLast();
            if (!seen.add(method)) {
                continue;
            }
            for (String reference : code.references.getOrDefault(method, Set.of())) {
                String reason = RUN_TIME_ONLY.get(reference);
                if (reason != null) {
                    found.add(code.name + ": static initialiser freezes " + reason + " ("
                            + String.join(" -> ", path) + " -> " + reference + ")");
                } else if (reference.startsWith(self)) {
                    List<String> next = new ArrayList<>(path);
                    next.add(reference.substring(self.length()));
                    paths.add(next);
                }
            }
        }
        return found;
    }

    private List<Path> classFiles() {
        try (Stream<Path> walk = Files.walk(classes)) {
            return walk.filter(p -> p.toString().endsWith(".class") && !p.endsWith("module-info.class"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record ClassCode(String name, Map<String, String> staticFinalFields, Map<String, Set<String>> references) {
    }

    private static List<ClassCode> disassemble(List<Path> files) {
        ToolProvider javap = ToolProvider.findFirst("javap")
                .orElseThrow(() -> new IllegalStateException("javap is missing: run the tests on a JDK, not a JRE"));
        List<String> args = new ArrayList<>(List.of("-c", "-p"));
        files.forEach(f -> args.add(f.toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = javap.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("javap failed (" + status + "): " + err);
        }
        return parse(out.toString());
    }

    static List<ClassCode> parse(String javapOutput) {
        List<ClassCode> result = new ArrayList<>();
        String className = null;
        Map<String, String> fields = null;
        Map<String, Set<String>> references = null;
        String method = null;
        for (String line : javapOutput.split("\n")) {
            Matcher header = CLASS_HEADER.matcher(line);
            if (!line.startsWith(" ") && header.matches()) {
                className = header.group(1);
                fields = new HashMap<>();
                references = new HashMap<>();
                method = null;
                result.add(new ClassCode(className, fields, references));
                continue;
            }
            if (className == null) {
                continue;
            }
            if (line.equals("  static {};")) {
                method = "<clinit>";
                continue;
            }
            Matcher field = STATIC_FINAL_FIELD.matcher(line);
            if (field.matches()) {
                fields.put(field.group(2), field.group(1).replaceAll("<.*>", ""));
                continue;
            }
            Matcher methodHeader = METHOD_HEADER.matcher(line);
            if (methodHeader.matches()) {
                method = methodHeader.group(1);
                if (method.equals(className) || className.endsWith("$" + method) || className.endsWith("." + method)) {
                    method = "<init>";
                }
                continue;
            }
            Matcher reference = REFERENCE.matcher(line);
            if (method != null && reference.find() && (reference.group(3) == null || line.contains(": new "))) {
                String target = reference.group(3) != null ? reference.group(3)
                        : (reference.group(1) == null ? className.replace('.', '/') + "." : reference.group(1))
                        + reference.group(2);
                references.computeIfAbsent(method, m -> new LinkedHashSet<>()).add(target);
            }
        }
        return result;
    }

    /** The classes and packages a module registers with {@code --initialize-at-run-time=}. */
    static Set<String> runTimeInitialisedClasses(Path classes) {
        Set<String> names = new LinkedHashSet<>();
        Path applicationProperties = classes.resolve("application.properties");
        if (Files.isRegularFile(applicationProperties)) {
            String args = load(applicationProperties).getProperty("quarkus.native.additional-build-args", "");
            names.addAll(runTimeArgs(args));
        }
        Path nativeImage = classes.resolve("META-INF/native-image");
        if (Files.isDirectory(nativeImage)) {
            try (Stream<Path> walk = Files.walk(nativeImage)) {
                walk.filter(p -> p.getFileName().toString().equals("native-image.properties"))
                        .forEach(p -> names.addAll(runTimeArgs(load(p).getProperty("Args", ""))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return names;
    }

    /**
     * Class and package names after {@code --initialize-at-run-time=} in an argument list (whitespace, {@code ,} or
     * Quarkus's escaped {@code \\,} between arguments; a following {@code -} option ends the list).
     */
    static Set<String> runTimeArgs(String args) {
        Set<String> names = new LinkedHashSet<>();
        boolean inList = false;
        for (String token : args.split("\\s+|\\\\,|,")) {
            if (token.startsWith(RUN_TIME_OPTION)) {
                inList = true;
                token = token.substring(RUN_TIME_OPTION.length());
            } else if (token.startsWith("-")) {
                inList = false;
            }
            if (inList && !token.isBlank()) {
                names.add(token.trim());
            }
        }
        return names;
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
