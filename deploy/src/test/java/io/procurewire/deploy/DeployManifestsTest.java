package io.procurewire.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static io.procurewire.deploy.RenderedManifests.name;
import static org.assertj.core.api.Assertions.assertThat;

/** The promises of deploy/README.md, checked on every overlay as kustomize renders it. */
class DeployManifestsTest {

    private static final Map<String, Integer> SERVICE_PORTS = Map.of(
            "punchout-service", 8081, "catalog-service", 8082, "order-sync-service", 8083, "invoice-service", 8084,
            "sandbox", 8090);
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(PASSWORD|SECRET|TOKEN|CREDENTIAL|PRIVATE_KEY).*");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyContainerHasProbesLimitsANonRootUserAndAReadOnlyRootFilesystem(String overlay) {
        RenderedManifests manifests = RenderedManifests.of(overlay);
        assertThat(manifests.workloads()).isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (JsonNode workload : manifests.workloads()) {
            JsonNode pod = workload.path("spec").path("template").path("spec");
            for (JsonNode container : pod.path("containers")) {
                String where = name(workload) + "/" + container.path("name").asText() + ": ";
                for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                    if (!container.has(probe)) {
                        problems.add(where + "no " + probe);
                    }
                }
                for (String kind : List.of("requests", "limits")) {
                    for (String resource : List.of("cpu", "memory")) {
                        if (container.path("resources").path(kind).path(resource).asText().isEmpty()) {
                            problems.add(where + "no " + kind + "." + resource);
                        }
                    }
                }
                JsonNode security = container.path("securityContext");
                boolean nonRoot = security.path("runAsNonRoot").asBoolean(pod.path("securityContext").path("runAsNonRoot").asBoolean(false));
                if (!nonRoot) {
                    problems.add(where + "may run as root");
                }
                if (!security.path("readOnlyRootFilesystem").asBoolean(false)) {
                    problems.add(where + "writable root filesystem");
                }
                if (security.path("allowPrivilegeEscalation").asBoolean(true)) {
                    problems.add(where + "privilege escalation allowed");
                }
                if (!security.path("capabilities").path("drop").toString().contains("\"ALL\"")) {
                    problems.add(where + "capabilities not dropped");
                }
                boolean tmp = false;
                for (JsonNode mount : container.path("volumeMounts")) {
                    tmp |= mount.path("mountPath").asText().equals("/tmp");
                }
                if (!tmp) {
                    problems.add(where + "no writable /tmp");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void servicesProbeHealthOnTheManagementPortAreScrapedThereAndRunTwoReplicasSpreadOverNodes(String overlay) {
        RenderedManifests manifests = RenderedManifests.of(overlay);
        List<String> problems = new ArrayList<>();
        for (JsonNode deployment : manifests.ofKind("Deployment")) {
            String service = name(deployment);
            int port = SERVICE_PORTS.get(service);
            JsonNode template = deployment.path("spec").path("template");
            JsonNode container = template.path("spec").path("containers").get(0);
            Map<String, Integer> ports = new java.util.HashMap<>();
            container.path("ports").forEach(p -> ports.put(p.path("name").asText(), p.path("containerPort").asInt()));
            assertThat(ports).as(service + " ports").isEqualTo(Map.of("http", port, "management", port + 1000));
            assertThat(container.path("startupProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/started");
            assertThat(container.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/ready");
            assertThat(container.path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/live");
            for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                assertThat(container.path(probe).path("httpGet").path("port").asText()).as(service + " " + probe)
                        .isEqualTo("management");
            }
            JsonNode annotations = template.path("metadata").path("annotations");
            assertThat(annotations.path("prometheus.io/scrape").asText()).isEqualTo("true");
            assertThat(annotations.path("prometheus.io/port").asText()).isEqualTo(String.valueOf(port + 1000));
            assertThat(annotations.path("prometheus.io/path").asText()).isEqualTo("/q/metrics");
            if (service.equals("sandbox")) {
                continue;
            }
            if (deployment.path("spec").path("replicas").asInt() != 2) {
                problems.add(service + ": replicas " + deployment.path("spec").path("replicas"));
            }
            if (!template.path("spec").path("topologySpreadConstraints").toString().contains("kubernetes.io/hostname")) {
                problems.add(service + ": not spread across nodes");
            }
            if (deployment.path("spec").path("strategy").path("rollingUpdate").path("maxUnavailable").asInt(-1) != 0) {
                problems.add(service + ": a rolling update may take a ready replica away first");
            }
        }
        assertThat(problems).isEmpty();
        assertThat(manifests.ofKind("Deployment").stream().map(RenderedManifests::name).toList())
                .containsAll(List.of("punchout-service", "catalog-service", "order-sync-service", "invoice-service"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void secretsAreOnlyReferencedNeverWrittenIntoTheManifests(String overlay) {
        RenderedManifests manifests = RenderedManifests.of(overlay);
        assertThat(manifests.ofKind("Secret")).as("Secret objects").isEmpty();
        List<String> literals = new ArrayList<>();
        for (JsonNode configMap : manifests.ofKind("ConfigMap")) {
            configMap.path("data").properties().forEach(entry -> {
                if (SECRET_NAME.matcher(entry.getKey()).matches()) {
                    literals.add(name(configMap) + ": " + entry.getKey());
                }
            });
        }
        for (JsonNode workload : manifests.workloads()) {
            for (JsonNode container : workload.path("spec").path("template").path("spec").path("containers")) {
                for (JsonNode env : container.path("env")) {
                    if (SECRET_NAME.matcher(env.path("name").asText()).matches()
                            && !env.path("valueFrom").has("secretKeyRef")) {
                        literals.add(name(workload) + ": env " + env.path("name").asText());
                    }
                }
            }
        }
        assertThat(literals).isEmpty();
        assertThat(manifests.ofKind("Ingress").getFirst().path("spec").path("tls").get(0).path("secretName").asText())
                .isEqualTo("procurewire-tls");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyServiceHpaAndPdbPointsAtAWorkload(String overlay) {
        RenderedManifests manifests = RenderedManifests.of(overlay);
        Set<String> deployments = new TreeSet<>(manifests.ofKind("Deployment").stream().map(RenderedManifests::name).toList());
        Set<String> podNames = new TreeSet<>();
        manifests.workloads().forEach(w -> podNames.add(NetworkGraph.podName(w.path("spec").path("template"))));
        for (JsonNode service : manifests.ofKind("Service")) {
            String selected = service.path("spec").path("selector").path("app.kubernetes.io/name").asText();
            assertThat(podNames).as("Service " + name(service) + " selects a workload's pods").contains(selected);
            JsonNode workload = manifests.workloads().stream()
                    .filter(w -> NetworkGraph.podName(w.path("spec").path("template")).equals(selected)).findFirst().orElseThrow();
            String ports = workload.path("spec").path("template").path("spec").path("containers").toString();
            for (JsonNode port : service.path("spec").path("ports")) {
                assertThat(ports).as("Service " + name(service) + " target port")
                        .contains("\"name\":\"" + port.path("targetPort").asText() + "\"");
            }
        }
        for (JsonNode hpa : manifests.ofKind("HorizontalPodAutoscaler")) {
            JsonNode target = hpa.path("spec").path("scaleTargetRef");
            assertThat(target.path("kind").asText()).isEqualTo("Deployment");
            assertThat(deployments).contains(target.path("name").asText());
            assertThat(hpa.path("spec").path("minReplicas").asInt()).isGreaterThanOrEqualTo(2);
        }
        for (JsonNode pdb : manifests.ofKind("PodDisruptionBudget")) {
            String selected = pdb.path("spec").path("selector").path("matchLabels").path("app.kubernetes.io/name").asText();
            assertThat(deployments).as("PDB " + name(pdb)).contains(selected);
        }
        Set<String> autoscaled = new TreeSet<>(manifests.ofKind("HorizontalPodAutoscaler").stream()
                .map(h -> h.path("spec").path("scaleTargetRef").path("name").asText()).toList());
        assertThat(autoscaled).containsExactly("catalog-service", "invoice-service", "order-sync-service", "punchout-service");
        JsonNode orderSync = manifests.ofKind("HorizontalPodAutoscaler").stream()
                .filter(h -> name(h).equals("order-sync-service")).findFirst().orElseThrow();
        assertThat(orderSync.path("spec").path("metrics").toString())
                .contains("\"name\":\"cpu\"").contains("procurewire_ordersync_purchase_orders_waiting");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyPodIsDeniedByDefaultAndMayResolveNamesOverUdpAndTcp(String overlay) {
        RenderedManifests manifests = RenderedManifests.of(overlay);
        JsonNode deny = manifests.ofKind("NetworkPolicy").stream().filter(p -> name(p).equals("default-deny-all"))
                .findFirst().orElseThrow();
        assertThat(deny.path("spec").path("podSelector").isEmpty()).isTrue();
        assertThat(deny.path("spec").path("policyTypes").toString()).contains("Ingress").contains("Egress");
        assertThat(deny.path("spec").has("ingress") || deny.path("spec").has("egress")).isFalse();

        NetworkGraph graph = new NetworkGraph(manifests);
        Set<String> expected = new TreeSet<>();
        for (String pod : graph.pods()) {
            expected.add(pod + " -> ns:kube-system:53/UDP");
            expected.add(pod + " -> ns:kube-system:53/TCP");
        }
        assertThat(graph.dnsEgress()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void networkPoliciesOpenExactlyTheIntendedConnections(String overlay) {
        Set<String> expected = new TreeSet<>(List.of(
                // from outside, through the Ingress controller only
                "ns:ingress-nginx -> punchout-service:8081/TCP",
                "ns:ingress-nginx -> order-sync-service:8083/TCP",
                "ns:ingress-nginx -> invoice-service:8084/TCP",
                // service to service
                "punchout-service -> catalog-service:8082/TCP",
                "invoice-service -> order-sync-service:8083/TCP",
                // buyer platforms and ERPs on the internet (HTTPS only)
                "catalog-service -> internet:443/TCP",
                "order-sync-service -> internet:443/TCP",
                "invoice-service -> internet:443/TCP",
                // Prometheus on the management ports
                "ns:monitoring -> punchout-service:9081/TCP",
                "ns:monitoring -> catalog-service:9082/TCP",
                "ns:monitoring -> order-sync-service:9083/TCP",
                "ns:monitoring -> invoice-service:9084/TCP"));
        List<String> services = List.of("punchout-service", "catalog-service", "order-sync-service", "invoice-service");
        if (overlay.equals("prod")) {
            services.forEach(s -> expected.add(s + " -> 10.40.0.0/24:5432/TCP"));
        } else {
            services.forEach(s -> expected.add(s + " -> postgres:5432/TCP"));
            expected.addAll(List.of(
                    "sandbox -> postgres:5432/TCP",
                    "ns:monitoring -> sandbox:9090/TCP",
                    "catalog-service -> sandbox:8090/TCP",
                    "order-sync-service -> sandbox:8090/TCP",
                    "invoice-service -> sandbox:8090/TCP",
                    "sandbox -> punchout-service:8081/TCP",
                    "sandbox -> order-sync-service:8083/TCP",
                    "sandbox -> invoice-service:8084/TCP"));
        }
        assertThat(new NetworkGraph(RenderedManifests.of(overlay)).openConnections()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theIngressServesOnlyTheBuyerFacingPathsOverTls(String overlay) {
        RenderedManifests manifests = RenderedManifests.of(overlay);
        assertThat(manifests.ofKind("Ingress")).hasSize(1);
        JsonNode spec = manifests.ofKind("Ingress").getFirst().path("spec");
        String host = spec.path("rules").get(0).path("host").asText();
        assertThat(spec.path("tls").get(0).path("hosts").get(0).asText()).isEqualTo(host);
        Set<String> routes = new TreeSet<>();
        for (JsonNode path : spec.path("rules").get(0).path("http").path("paths")) {
            routes.add(path.path("path").asText() + " (" + path.path("pathType").asText() + ") -> "
                    + path.path("backend").path("service").path("name").asText() + ":"
                    + path.path("backend").path("service").path("port").path("name").asText());
        }
        assertThat(routes).containsExactlyInAnyOrder(
                "/cxml/punchout (Prefix) -> punchout-service:http",
                "/punchout/start (Prefix) -> punchout-service:http",
                "/shop (Prefix) -> punchout-service:http",
                "/cxml/order-requests (Prefix) -> order-sync-service:http",
                "/cxml/invoices (Prefix) -> invoice-service:http",
                "/cxml/ship-notices (Prefix) -> invoice-service:http");
    }
}
