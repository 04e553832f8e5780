package io.procurewire.deploy;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The connections NetworkPolicies leave open, as "source -> destination:port/protocol" lines. Pods are named by
 * their {@code app.kubernetes.io/name}; peers outside the namespace by their namespace ({@code ns:ingress-nginx}),
 * address blocks by their CIDR ({@code internet} for 0.0.0.0/0 minus the private ranges). Inside the namespace a
 * connection is open when the source's egress and the destination's ingress both allow it (every pod is under the
 * default deny, which the tests check separately).
 */
final class NetworkGraph {

    private record Rule(String pod, String peer, String port) {
    }

    private final List<Rule> ingress = new ArrayList<>();
    private final List<Rule> egress = new ArrayList<>();
    private final Set<String> pods = new TreeSet<>();

    NetworkGraph(RenderedManifests manifests) {
        manifests.workloads().forEach(w -> pods.add(podName(w.path("spec").path("template"))));
        for (JsonNode policy : manifests.ofKind("NetworkPolicy")) {
            JsonNode spec = policy.path("spec");
            List<String> selected = pods.stream().filter(p -> selects(spec.path("podSelector"), p)).toList();
            collect(spec.path("ingress"), "from", selected, ingress);
            collect(spec.path("egress"), "to", selected, egress);
        }
    }

    /** Open connections, DNS left out (checked on its own). */
    Set<String> openConnections() {
        Set<String> open = new TreeSet<>();
        for (Rule in : ingress) {
            if (!pods.contains(in.peer)) {
                open.add(in.peer + " -> " + in.pod + ":" + in.port);
            } else if (egress.contains(new Rule(in.peer, in.pod, in.port))) {
                open.add(in.peer + " -> " + in.pod + ":" + in.port);
            }
        }
        for (Rule out : egress) {
            if (!pods.contains(out.peer) && !out.peer.equals("ns:kube-system")) {
                open.add(out.pod + " -> " + out.peer + ":" + out.port);
            }
        }
        return open;
    }

    /** Egress rules towards the cluster DNS, per pod: "pod -> ns:kube-system:53/UDP". */
    Set<String> dnsEgress() {
        Set<String> dns = new TreeSet<>();
        for (Rule out : egress) {
            if (out.peer.equals("ns:kube-system")) {
                dns.add(out.pod + " -> " + out.peer + ":" + out.port);
            }
        }
        return dns;
    }

    Set<String> pods() {
        return pods;
    }

    private void collect(JsonNode rules, String peersField, List<String> selected, List<Rule> into) {
        for (JsonNode rule : rules) {
            List<String> peers = new ArrayList<>();
            for (JsonNode peer : rule.path(peersField)) {
                peers.addAll(peerNames(peer));
            }
            for (JsonNode port : rule.path("ports")) {
                String p = port.path("port").asText() + "/" + port.path("protocol").asText("TCP");
                for (String pod : selected) {
                    for (String peer : peers) {
                        into.add(new Rule(pod, peer, p));
                    }
                }
            }
        }
    }

    private List<String> peerNames(JsonNode peer) {
        if (peer.has("ipBlock")) {
            JsonNode block = peer.path("ipBlock");
            String cidr = block.path("cidr").asText();
            return List.of(cidr.equals("0.0.0.0/0") && block.path("except").size() > 0 ? "internet" : cidr);
        }
        if (peer.has("namespaceSelector")) {
            String namespace = peer.path("namespaceSelector").path("matchLabels").path("kubernetes.io/metadata.name").asText("*");
            return List.of("ns:" + namespace);
        }
        return pods.stream().filter(p -> selects(peer.path("podSelector"), p)).toList();
    }

    static boolean selects(JsonNode selector, String podName) {
        Map<String, String> labels = Map.of("app.kubernetes.io/name", podName);
        var matchLabels = selector.path("matchLabels").properties();
        for (var label : matchLabels) {
            if (!label.getValue().asText().equals(labels.get(label.getKey()))) {
                return false;
            }
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            String value = labels.get(expression.path("key").asText());
            List<String> values = new ArrayList<>();
            expression.path("values").forEach(v -> values.add(v.asText()));
            boolean in = value != null && values.contains(value);
            switch (expression.path("operator").asText()) {
                case "In" -> {
                    if (!in) {
                        return false;
                    }
                }
                case "NotIn" -> {
                    if (in) {
                        return false;
                    }
                }
                default -> throw new IllegalArgumentException("selector operator not modelled: " + expression);
            }
        }
        return true;
    }

    static String podName(JsonNode template) {
        return template.path("metadata").path("labels").path("app.kubernetes.io/name").asText();
    }
}
