package org.specloop.app.manifests;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compose file, the Kubernetes manifests and the Dockerfile, checked without a container engine:
 * they parse, the settings they give the nodes are settings the application binds, probes and ports
 * are the application's, every secret they reference exists, compose services wait for what they
 * use, and every image is pinned to a version.
 */
class DeploymentManifestsTest {
    static final Path DEPLOY = Path.of("").toAbsolutePath();
    static final Path COMPOSE = DEPLOY.resolve("compose/docker-compose.yml");
    static final Path K8S = DEPLOY.resolve("k8s");
    static final Path OBSERVABILITY = DEPLOY.resolve("observability");
    static final Pattern PINNED = Pattern.compile("[^:@\\s]+(:[\\w.-]*\\d[\\w.-]*|@sha256:[0-9a-f]{64})");

    static AppProperties app;
    static Map<String, Object> compose;
    static List<Map<String, Object>> k8s;

    @BeforeAll
    static void load() throws IOException {
        app = new AppProperties();
        compose = new Yaml().load(Files.readString(COMPOSE));
        k8s = new ArrayList<>();
        try (Stream<Path> files = Files.list(K8S)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                for (Object document : new Yaml().loadAll(Files.readString(file))) {
                    if (document != null) {
                        k8s.add(map(document));
                    }
                }
            }
        }
    }

    @Test
    void everyYamlFileParses() throws IOException {
        List<Path> yamlFiles;
        try (Stream<Path> files = Stream.of(DEPLOY.resolve("compose"), K8S, OBSERVABILITY).flatMap(DeploymentManifestsTest::walk)) {
            yamlFiles = files.filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml")).toList();
        }
        assertThat(yamlFiles).hasSizeGreaterThanOrEqualTo(10);
        for (Path file : yamlFiles) {
            for (Object document : new Yaml().loadAll(Files.readString(file))) {
                assertThat(document).as("%s holds a YAML mapping", file).isInstanceOf(Map.class);
            }
        }
        assertThat(kinds()).contains("Deployment", "Service", "ConfigMap", "Secret", "PodDisruptionBudget");
    }

    @Test
    void theCheckerTellsKnownFromUnknownSettings() {
        assertThat(app.propertyCount()).isGreaterThan(1000);
        assertThat(app.knowsEnvironmentVariable("SPRING_DATASOURCE_URL")).isTrue();
        assertThat(app.knowsEnvironmentVariable("SPECLOOP_SECURITY_APIKEYS_0_KEYSHA256")).isTrue();
        assertThat(app.knowsEnvironmentVariable("SPECLOOP_DATASOURCE_URL")).isFalse();
        assertThat(app.knowsEnvironmentVariable("SPECLOOP_SECURITY_APIKEYS_0_KEY_SHA")).isFalse();
    }

    @Test
    void everyEnvironmentVariableGivenToANodeIsASettingTheApplicationBinds() {
        Map<String, String> unknown = new LinkedHashMap<>();
        nodeEnvironment().forEach((where, names) -> names.stream().filter(name -> !app.knowsEnvironmentVariable(name))
                .forEach(name -> unknown.put(where + " " + name, name)));
        assertThat(unknown).as("environment variables that no property or placeholder of the application takes").isEmpty();
        assertThat(nodeEnvironment().values()).allSatisfy(names -> assertThat(names)
                .contains("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_PASSWORD", "SPECLOOP_KAFKA_BOOTSTRAP_SERVERS",
                        "SPRING_PROFILES_ACTIVE", "SPECLOOP_NODE_ID"));
    }

    @Test
    void probesAndPortsAreTheApplications() throws IOException {
        Map<String, Object> yml = app.applicationYml();
        assertThat(path(yml, "management", "endpoint", "health", "probes", "enabled")).isEqualTo(true);
        int port = placeholderDefault(path(yml, "server", "port").toString());
        Map<String, Object> deployment = manifest("Deployment", "specloop");
        assertThat(path(deployment, "spec", "replicas")).isEqualTo(3);
        Map<String, Object> container = map(list(path(deployment, "spec", "template", "spec", "containers")).get(0));
        Map<String, Integer> ports = new LinkedHashMap<>();
        list(container.get("ports")).forEach(p -> ports.put((String) map(p).get("name"), (Integer) map(p).get("containerPort")));
        assertThat(ports).containsEntry("http", port);
        assertThat(path(container, "readinessProbe", "httpGet", "path")).isEqualTo("/actuator/health/readiness");
        assertThat(path(container, "livenessProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
        for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
            Object probePort = path(container, probe, "httpGet", "port");
            assertThat(probePort instanceof String name ? ports.get(name) : probePort).as(probe).isEqualTo(port);
        }
        Map<String, Object> service = manifest("Service", "specloop");
        assertThat(map(list(path(service, "spec", "ports")).get(0)).get("targetPort")).isIn("http", port);
        assertThat(path(service, "spec", "selector")).isEqualTo(path(deployment, "spec", "selector", "matchLabels"));
        assertThat(path(manifest("PodDisruptionBudget", "specloop"), "spec", "selector", "matchLabels"))
                .isEqualTo(path(deployment, "spec", "selector", "matchLabels"));

        for (String node : specloopServices()) {
            assertThat(list(service(node).get("ports"))).as(node).allSatisfy(p -> assertThat(p.toString()).endsWith(":" + port));
        }
        List<Object> targets = list(path(map(list(path(yaml(OBSERVABILITY.resolve("prometheus/prometheus.yml")), "scrape_configs")).get(0)),
                "static_configs"));
        assertThat(list(map(targets.get(0)).get("targets"))).containsExactlyInAnyOrderElementsOf(
                specloopServices().stream().map(node -> node + ":" + port).toList());
    }

    @Test
    void theImageRunsTheJarTheBuildMakes() throws IOException {
        String dockerfile = Files.readString(DEPLOY.resolve("Dockerfile"));
        assertThat(Files.readString(DEPLOY.resolve("pom.xml"))).contains("<finalName>specloop</finalName>");
        assertThat(dockerfile).containsPattern("(?m)^COPY target/specloop\\.jar ")
                .containsPattern("(?m)^EXPOSE " + placeholderDefault(path(app.applicationYml(), "server", "port").toString()) + "$");
        for (String node : specloopServices()) {
            assertThat(path(service(node), "build", "context")).isEqualTo("..");
            assertThat(COMPOSE.getParent().resolve("..").resolve((String) path(service(node), "build", "dockerfile")).normalize())
                    .isEqualTo(DEPLOY.resolve("Dockerfile"));
        }
    }

    @Test
    void everySecretAndConfigMapReferencedExists() throws Exception {
        Map<String, Object> container = map(list(path(manifest("Deployment", "specloop"), "spec", "template", "spec", "containers")).get(0));
        int refs = 0;
        for (Object entry : list(container.get("env"))) {
            Object ref = path(map(entry), "valueFrom", "secretKeyRef");
            if (ref != null) {
                refs++;
                Map<String, Object> secret = manifest("Secret", (String) map(ref).get("name"));
                Map<String, Object> keys = new LinkedHashMap<>();
                keys.putAll(map(secret.getOrDefault("data", Map.of())));
                keys.putAll(map(secret.getOrDefault("stringData", Map.of())));
                assertThat(keys).as("secret %s", map(ref).get("name")).containsKey((String) map(ref).get("key"));
            }
        }
        assertThat(refs).isGreaterThanOrEqualTo(2);
        for (Object from : list(container.get("envFrom"))) {
            assertThat(manifest("ConfigMap", (String) path(map(from), "configMapRef", "name"))).isNotNull();
        }
        // compose: declared secrets exist as files, and the API key Prometheus sends is the one the nodes accept
        Map<String, Object> secrets = map(compose.get("secrets"));
        for (Object secret : secrets.values()) {
            assertThat(COMPOSE.getParent().resolve((String) map(secret).get("file"))).isRegularFile();
        }
        for (Map.Entry<String, Object> service : map(compose.get("services")).entrySet()) {
            for (Object used : list(map(service.getValue()).getOrDefault("secrets", List.of()))) {
                assertThat(secrets).as(service.getKey()).containsKey(used.toString());
            }
        }
        byte[] key = Files.readAllBytes(COMPOSE.getParent().resolve((String) map(secrets.get("prometheus_api_key")).get("file")));
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key));
        for (String node : specloopServices()) {
            assertThat(map(service(node).get("environment"))).containsEntry("SPECLOOP_SECURITY_APIKEYS_0_KEYSHA256", sha)
                    .containsEntry("SPECLOOP_SECURITY_APIKEYS_0_ROLES_0", "ADMIN");
        }
        assertThat(Files.readString(OBSERVABILITY.resolve("prometheus/prometheus.yml"))).contains("/run/secrets/prometheus_api_key");
    }

    @Test
    void composeServicesDependOnWhatTheyUse() throws IOException {
        Map<String, Object> services = map(compose.get("services"));
        Map<String, Set<String>> uses = new LinkedHashMap<>();
        Pattern host = Pattern.compile("(?:^|//|@|,)([a-z][a-z0-9-]*):\\d+");
        services.forEach((name, definition) -> {
            Set<String> used = new TreeSet<>();
            Object environment = map(definition).get("environment");
            if (environment != null) {
                map(environment).values().forEach(value -> {
                    Matcher m = host.matcher(String.valueOf(value));
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                });
            }
            Object command = map(definition).get("command");
            if (command != null) {
                Matcher m = host.matcher(command.toString().replace(" ", ","));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
            used.retainAll(services.keySet());
            used.remove(name);
            uses.put(name, used);
        });
        uses.get("prometheus").addAll(specloopServices());
        Matcher datasource = Pattern.compile("url: http://([a-z0-9-]+):").matcher(
                Files.readString(OBSERVABILITY.resolve("grafana/provisioning/datasources/prometheus.yml")));
        assertThat(datasource.find()).isTrue();
        uses.get("grafana").add(datasource.group(1));
        assertThat(uses.get("specloop-1")).contains("postgres", "kafka");

        uses.forEach((name, used) -> assertThat(dependsOn(map(services.get(name)))).as("depends_on of %s", name).containsAll(used));
        for (String node : specloopServices()) {
            assertThat(path(service(node), "depends_on", "postgres", "condition")).isEqualTo("service_healthy");
            assertThat(path(service(node), "depends_on", "kafka", "condition")).isEqualTo("service_healthy");
        }
    }

    @Test
    void everyImageIsPinnedToAVersion() throws IOException {
        List<String> images = new ArrayList<>();
        map(compose.get("services")).values().forEach(s -> {
            Object image = map(s).get("image");
            if (image != null) {
                images.add(image.toString());
            }
        });
        for (Map<String, Object> manifest : k8s) {
            if ("Deployment".equals(manifest.get("kind"))) {
                list(path(manifest, "spec", "template", "spec", "containers")).forEach(c -> images.add((String) map(c).get("image")));
            }
        }
        Matcher from = Pattern.compile("(?m)^FROM\\s+(\\S+)").matcher(Files.readString(DEPLOY.resolve("Dockerfile")));
        while (from.find()) {
            images.add(from.group(1));
        }
        assertThat(images).hasSizeGreaterThanOrEqualTo(7);
        assertThat(images).allSatisfy(image -> assertThat(image).matches(PINNED).doesNotEndWith(":latest"));
        assertThat("postgres:latest").doesNotMatch(PINNED);
        assertThat("apache/kafka").doesNotMatch(PINNED);
    }

    @Test
    void grafanaLoadsTheDashboardFromWhereComposeMountsIt() throws IOException {
        Map<String, Object> provider = map(list(yaml(OBSERVABILITY.resolve("grafana/provisioning/dashboards/specloop.yml")).get("providers")).get(0));
        String dashboardsPath = (String) path(provider, "options", "path");
        assertThat(list(service("grafana").get("volumes"))).anySatisfy(volume ->
                assertThat(volume.toString()).isEqualTo("../observability/grafana/dashboards:" + dashboardsPath + ":ro"));
        for (Object volume : list(service("grafana").get("volumes"))) {
            assertThat(COMPOSE.getParent().resolve(volume.toString().split(":")[0]).normalize()).exists();
        }
        for (Object volume : list(service("prometheus").get("volumes"))) {
            assertThat(COMPOSE.getParent().resolve(volume.toString().split(":")[0]).normalize()).isRegularFile();
        }
        String uid = (String) map(list(yaml(OBSERVABILITY.resolve("grafana/provisioning/datasources/prometheus.yml")).get("datasources")).get(0)).get("uid");
        assertThat(Files.readString(OBSERVABILITY.resolve("grafana/dashboards/specloop.json"))).contains("\"uid\": \"" + uid + "\"");
    }

    // ---- helpers

    /** Environment variable names per node: compose services built from the Dockerfile, the k8s Deployment. */
    private static Map<String, Set<String>> nodeEnvironment() {
        Map<String, Set<String>> env = new LinkedHashMap<>();
        for (String node : specloopServices()) {
            env.put("compose " + node, new TreeSet<>(map(service(node).get("environment")).keySet()));
        }
        Map<String, Object> container = map(list(path(manifest("Deployment", "specloop"), "spec", "template", "spec", "containers")).get(0));
        Set<String> names = new TreeSet<>();
        list(container.get("env")).forEach(e -> names.add((String) map(e).get("name")));
        for (Object from : list(container.getOrDefault("envFrom", List.of()))) {
            names.addAll(map(manifest("ConfigMap", (String) path(map(from), "configMapRef", "name")).get("data")).keySet());
        }
        env.put("k8s deployment/specloop", names);
        return env;
    }

    private static List<String> specloopServices() {
        List<String> nodes = new ArrayList<>();
        map(compose.get("services")).forEach((name, s) -> {
            if (map(s).containsKey("build")) {
                nodes.add(name);
            }
        });
        assertThat(nodes).hasSize(3);
        return nodes;
    }

    private static Set<String> dependsOn(Map<String, Object> service) {
        Object dependsOn = service.get("depends_on");
        if (dependsOn == null) {
            return Set.of();
        }
        return dependsOn instanceof List<?> names ? new TreeSet<>(names.stream().map(Object::toString).toList())
                : new TreeSet<>(map(dependsOn).keySet());
    }

    private static Map<String, Object> service(String name) {
        return map(map(compose.get("services")).get(name));
    }

    private static Map<String, Object> manifest(String kind, String name) {
        return k8s.stream().filter(m -> kind.equals(m.get("kind")) && name.equals(path(m, "metadata", "name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " named " + name + " in deploy/k8s"));
    }

    private static Set<Object> kinds() {
        Set<Object> kinds = new TreeSet<>();
        k8s.forEach(m -> kinds.add(m.get("kind")));
        return kinds;
    }

    /** The default of a ${NAME:default} placeholder, or the number itself. */
    private static int placeholderDefault(String value) {
        Matcher m = Pattern.compile("\\$\\{[A-Z_]+:(\\d+)}|(\\d+)").matcher(value);
        assertThat(m.matches()).as("port setting %s", value).isTrue();
        return Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        return new Yaml().load(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static Object path(Map<String, Object> root, String... keys) {
        Object node = root;
        for (String key : keys) {
            if (!(node instanceof Map<?, ?> m)) {
                return null;
            }
            node = m.get(key);
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        assertThat(node).isInstanceOf(Map.class);
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object node) {
        assertThat(node).isInstanceOf(List.class);
        return (List<Object>) node;
    }

    private static Stream<Path> walk(Path root) {
        try {
            return Files.walk(root).filter(Files::isRegularFile).toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
