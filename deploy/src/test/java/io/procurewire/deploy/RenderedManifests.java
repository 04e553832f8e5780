package io.procurewire.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An overlay as Kubernetes would receive it: {@code kubectl kustomize <overlay>} when kubectl is on the PATH;
 * otherwise every manifest file of the base and the overlay, unpatched (the invariants hold there too).
 */
record RenderedManifests(String overlay, boolean renderedByKustomize, List<JsonNode> objects) {

    static final Path KUSTOMIZE_ROOT = Path.of("kubernetes");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** Rendered once per test JVM: kubectl takes seconds per overlay on a busy machine. */
    static RenderedManifests of(String overlay) {
        return RENDERED.computeIfAbsent(overlay, RenderedManifests::render);
    }

    private static final Map<String, RenderedManifests> RENDERED = new ConcurrentHashMap<>();

    private static RenderedManifests render(String overlay) {
        Path dir = KUSTOMIZE_ROOT.resolve("overlays").resolve(overlay);
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no overlay " + dir.toAbsolutePath());
        }
        String kubectl = kubectl();
        if (kubectl != null) {
            return new RenderedManifests(overlay, true, parse(kustomize(kubectl, dir)));
        }
        List<JsonNode> objects = new ArrayList<>();
        for (Path file : manifestFiles(KUSTOMIZE_ROOT.resolve("base"))) {
            objects.addAll(parse(read(file)));
        }
        for (Path file : manifestFiles(dir)) {
            objects.addAll(parse(read(file)));
        }
        return new RenderedManifests(overlay, false, objects);
    }

    List<JsonNode> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    /** Deployments and StatefulSets. */
    List<JsonNode> workloads() {
        return objects.stream().filter(o -> List.of("Deployment", "StatefulSet").contains(o.path("kind").asText())).toList();
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    private static String kubectl() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path candidate = Path.of(dir, "kubectl");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    private static String kustomize(String kubectl, Path dir) {
        try {
            Process process = new ProcessBuilder(kubectl, "kustomize", dir.toString()).redirectErrorStream(false).start();
            byte[] out = process.getInputStream().readAllBytes();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize " + dir + " failed: " + err);
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> manifestFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".yaml") && !f.getFileName().toString().equals("kustomization.yaml"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> parse(String yaml) {
        try {
            List<JsonNode> objects = new ArrayList<>();
            try (var values = YAML.readerFor(JsonNode.class).<JsonNode>readValues(yaml)) {
                while (values.hasNext()) {
                    JsonNode node = values.next();
                    if (node != null && !node.isNull() && !node.isMissingNode() && node.has("kind")) {
                        objects.add(node);
                    }
                }
            }
            return objects;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
