package org.specloop.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/configuration.md is generated from the configuration metadata that spring-boot-configuration-processor
 * writes for the @ConfigurationProperties records of every module (META-INF/spring-configuration-metadata.json):
 * each specloop.* key with its type, its default (the record's @DefaultValue) and its description (the record's
 * javadoc). The test fails when the file differs from what the metadata gives, and keeps the rule behind it:
 * every key is bound by exactly one record, described, and read nowhere else through a placeholder.
 */
class ConfigurationReferenceTest {
    static final Path DOC = Path.of("..", "docs", "configuration.md").toAbsolutePath().normalize();
    static final String WRITE = "specloop.docs.write";
    static final String COMMAND = "./mvnw -pl deploy -am test -Dtest=ConfigurationReferenceTest"
            + " -Dspecloop.docs.write=true -Dsurefire.failIfNoSpecifiedTests=false";
    private static final String PREFIX = "specloop";

    static List<Group> groups;
    static List<Property> properties;

    @BeforeAll
    static void load() throws IOException {
        groups = new ArrayList<>();
        properties = new ArrayList<>();
        ClassLoader loader = ConfigurationReferenceTest.class.getClassLoader();
        ObjectMapper json = new ObjectMapper();
        for (URL metadata : Collections.list(loader.getResources("META-INF/spring-configuration-metadata.json"))) {
            JsonNode root = json.readTree(metadata);
            for (JsonNode group : root.path("groups")) {
                if (ours(group.path("name").asText()) && !group.has("sourceMethod")) {
                    groups.add(new Group(group.path("name").asText(), group.path("type").asText()));
                }
            }
            for (JsonNode property : root.path("properties")) {
                String name = property.path("name").asText();
                if (ours(name)) {
                    JsonNode defaultValue = property.path("defaultValue");
                    properties.add(new Property(name, property.path("type").asText(), property.path("description").asText(""),
                            defaultValue.isMissingNode() || defaultValue.isNull() ? null : defaultValue.asText()));
                }
            }
        }
        groups.sort((a, b) -> a.name().compareTo(b.name()));
        properties.sort((a, b) -> a.name().compareTo(b.name()));
    }

    @Test
    void theReferenceInDocsIsGeneratedFromTheMetadata() throws IOException {
        String expected = render();
        if (Boolean.getBoolean(WRITE)) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
            return;
        }
        String actual = Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "";
        assertThat(actual).as("docs/configuration.md is not what the configuration metadata gives; rewrite it with %s",
                COMMAND).isEqualTo(expected);
    }

    @Test
    void theMetadataHoldsEveryRecord() {
        assertThat(groups).extracting(Group::name).contains("specloop", "specloop.activation", "specloop.cluster",
                "specloop.command", "specloop.demo", "specloop.event-store", "specloop.http",
                "specloop.ingest", "specloop.kafka", "specloop.loop", "specloop.notify", "specloop.observability",
                "specloop.requalification", "specloop.security", "specloop.sourcing", "specloop.ui");
    }

    @Test
    void everyKeyIsBoundByOneRecordAndDescribed() {
        assertThat(groups).extracting(Group::name).doesNotHaveDuplicates();
        assertThat(properties).extracting(Property::name).doesNotHaveDuplicates();
        assertThat(properties).filteredOn(p -> p.description().isBlank()).as("keys without a description").isEmpty();
    }

    @Test
    void everySpecloopKeyTheYmlFilesSetIsBound() throws IOException {
        List<String> unbound = new ArrayList<>();
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:application*.yml")) {
            try (InputStream in = file.getInputStream()) {
                for (Object document : new Yaml().loadAll(in)) {
                    for (String key : keys("", document)) {
                        if (ours(key) && properties.stream().noneMatch(p -> key.equals(p.name())
                                || key.startsWith(p.name() + ".") || key.startsWith(p.name() + "["))) {
                            unbound.add(file.getFilename() + ": " + key);
                        }
                    }
                }
            }
        }
        assertThat(unbound).as("specloop keys set in yml files that no @ConfigurationProperties record binds").isEmpty();
    }

    /** A placeholder of a specloop key in an annotation would need its own copy of the record's default. */
    @Test
    void noSpecloopKeyIsReadThroughAPlaceholder() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.specloop");
        assertThat(classes.size()).isGreaterThan(500);
        List<String> readers = new ArrayList<>();
        for (JavaClass type : classes) {
            type.getAnnotations().forEach(a -> check(a, type.getName(), readers));
            for (JavaField field : type.getFields()) {
                field.getAnnotations().forEach(a -> check(a, field.getFullName(), readers));
            }
            for (JavaCodeUnit unit : type.getCodeUnits()) {
                unit.getAnnotations().forEach(a -> check(a, unit.getFullName(), readers));
                for (JavaParameter parameter : unit.getParameters()) {
                    parameter.getAnnotations().forEach(a -> check(a, unit.getFullName(), readers));
                }
            }
        }
        assertThat(readers).as("placeholders of specloop keys; bind the key with its record instead").isEmpty();
    }

    // ---- the page

    static String render() {
        StringBuilder md = new StringBuilder();
        md.append("# Configuration reference\n\n")
                .append("<!-- Generated by deploy's ConfigurationReferenceTest from the configuration metadata; do not edit.\n")
                .append("     Rewrite: ").append(COMMAND).append(" -->\n\n")
                .append("Every SpecLoop setting, grouped by the `@ConfigurationProperties` record that binds it. A key's default\n")
                .append("is the record's `@DefaultValue`, written nowhere else; `application.yml` sets only what the embedded\n")
                .append("default does differently (the demo users and API key, the public base URL that follows `server.port`),\n")
                .append("`application-postgres.yml` what production does differently (8 initial segments, no demo users).\n\n")
                .append("Set a key as an application argument (`--specloop.kafka.bootstrap-servers=kafka:9092`), in a yml file\n")
                .append("or as an environment variable: upper case, `.` and `-` become `_`, a list index is `_<n>_`\n")
                .append("(`SPECLOOP_KAFKA_BOOTSTRAP_SERVERS`, `SPECLOOP_SECURITY_APIKEYS_0_KEYSHA256`); [deploying.md](deploying.md)\n")
                .append("lists the variables a production node is given. Durations take a unit (`500ms`, `10s`, `2m`, `5d`) or ISO-8601\n")
                .append("(`PT10S`), sizes `KB`/`MB`. Spring Boot's, Axon's and the libraries' own keys (`spring.*`, `server.*`,\n")
                .append("`management.*`, `axon.*`) are documented by them.\n\n");
        for (Group group : groups) {
            md.append("- [`").append(group.name()).append("`](#").append(anchor(group.name())).append(")\n");
        }
        for (Group group : groups) {
            md.append("\n## ").append(group.name()).append("\n\n")
                    .append("`").append(group.type().replace('$', '.')).append("`\n\n")
                    .append("| Key | Type | Default | Description |\n|---|---|---|---|\n");
            for (Property property : properties) {
                if (groupOf(property).equals(group)) {
                    md.append("| `").append(property.name()).append("` | ").append(type(property.type()))
                            .append(" | ").append(defaultValue(property)).append(" | ")
                            .append(cell(property.description())).append(" |\n");
                }
            }
        }
        return md.toString();
    }

    private static Group groupOf(Property property) {
        return groups.stream().filter(g -> property.name().startsWith(g.name() + "."))
                .max((a, b) -> Integer.compare(a.name().length(), b.name().length()))
                .orElseThrow(() -> new AssertionError("no record binds " + property.name()));
    }

    /** GitHub's heading anchors: lower case, punctuation but '-' dropped. */
    private static String anchor(String heading) {
        return heading.toLowerCase().replaceAll("[^a-z0-9 -]", "").replace(' ', '-');
    }

    private static String type(String type) {
        String simple = type.replaceAll("(?:[a-z][a-z0-9_]*\\.)+", "").replaceAll("\\w+\\$", "").replace(",", ", ");
        String values = enumConstants(type).map(constants -> ": " + constants).orElse("");
        return "`" + simple + "`" + values;
    }

    private static Optional<String> enumConstants(String type) {
        try {
            Class<?> candidate = Class.forName(type, false, ConfigurationReferenceTest.class.getClassLoader());
            return candidate.isEnum() ? Optional.of(Arrays.stream(candidate.getEnumConstants())
                    .map(c -> "`" + ((Enum<?>) c).name().toLowerCase().replace('_', '-') + "`").collect(Collectors.joining(", ")))
                    : Optional.empty();
        } catch (ClassNotFoundException | LinkageError notAClass) {
            return Optional.empty();
        }
    }

    private static String defaultValue(Property property) {
        if (property.defaultValue() == null) {
            return "";
        }
        String value = property.defaultValue();
        // the processor writes @DefaultValue({"a", "b"}) as "[a, b]"; a key takes it as "a,b"
        if (value.startsWith("[") && value.endsWith("]") && property.type().matches("java\\.util\\.(List|Set)<.*")) {
            value = value.substring(1, value.length() - 1).replace(", ", ",");
        }
        // GFM splits table cells at a bare pipe even inside a code span
        return value.isEmpty() ? "" : "`" + value.replace("|", "\\|") + "`";
    }

    private static final Pattern DOC_LINK = Pattern.compile("\\b(?:docs/)?([a-z-]+\\.md)\\b|\\bREADME\\.md\\b");

    /** The javadoc text as one table cell: capitalised, pipes escaped, other pages linked. */
    private static String cell(String description) {
        String text = description.replaceAll("\\s+", " ").trim().replace("|", "\\|");
        if (text.isEmpty()) {
            return text;
        }
        text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        Matcher m = DOC_LINK.matcher(text);
        StringBuilder linked = new StringBuilder();
        while (m.find()) {
            String target = m.group(1) != null ? m.group(1) : "../README.md";
            String label = m.group(1) != null ? m.group(1) : "README.md";
            m.appendReplacement(linked, Matcher.quoteReplacement("[" + label + "](" + target + ")"));
        }
        m.appendTail(linked);
        return linked.toString();
    }

    // ---- helpers

    private static boolean ours(String name) {
        return name.equals(PREFIX) || name.startsWith(PREFIX + ".");
    }

    private static List<String> keys(String prefix, Object node) {
        List<String> keys = new ArrayList<>();
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> keys.addAll(keys(prefix.isEmpty() ? key.toString() : prefix + "." + key, value)));
        } else if (node instanceof List<?> list && !list.isEmpty()) {
            for (int i = 0; i < list.size(); i++) {
                keys.addAll(keys(prefix + "[" + i + "]", list.get(i)));
            }
        } else {
            keys.add(prefix);
        }
        return keys;
    }

    private static void check(JavaAnnotation<?> annotation, String where, List<String> readers) {
        for (Object value : annotation.getProperties().values()) {
            for (Object text : value instanceof Object[] array ? array : new Object[] {value}) {
                if (text instanceof String s && s.contains("${" + PREFIX + ".")) {
                    readers.add(where + " @" + annotation.getRawType().getSimpleName() + " " + s);
                }
            }
        }
    }

    record Group(String name, String type) {
    }

    record Property(String name, String type, String description, String defaultValue) {
    }
}
