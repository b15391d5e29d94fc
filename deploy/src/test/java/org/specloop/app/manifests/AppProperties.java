package org.specloop.app.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The configuration the application really knows: keys of its own application*.yml files, the
 * properties Spring Boot and the libraries declare in their configuration metadata, and the
 * environment variables the yml files read through placeholders. An environment variable is known
 * when Spring's own relaxed binding maps it onto one of those properties, or a placeholder names it.
 */
final class AppProperties {
    private static final List<String> CONFIG_FILES = List.of("application.yml", "application-postgres.yml",
            "application-json-logs.yml");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");

    private final Set<ConfigurationPropertyName> properties = new java.util.HashSet<>();
    private final Set<String> placeholders = new TreeSet<>();
    private final Map<String, Object> applicationYml;

    AppProperties() {
        ClassLoader loader = AppProperties.class.getClassLoader();
        Map<String, Object> main = null;
        for (String file : CONFIG_FILES) {
            String text = read(loader.getResource(file));
            Map<String, Object> yml = new Yaml().load(text);
            if (main == null) {
                main = yml;
            }
            flatten("", yml);
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                placeholders.add(m.group(1));
            }
        }
        applicationYml = main;
        try {
            for (URL metadata : Collections.list(loader.getResources("META-INF/spring-configuration-metadata.json"))) {
                for (JsonNode property : new ObjectMapper().readTree(metadata).path("properties")) {
                    add(property.path("name").asText());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** application.yml as loaded, for the values the manifests must agree with (port, probes). */
    Map<String, Object> applicationYml() {
        return applicationYml;
    }

    int propertyCount() {
        return properties.size();
    }

    boolean knowsEnvironmentVariable(String name) {
        if (placeholders.contains(name)) {
            return true;
        }
        // named as Spring names the real one: only then does it apply the environment-variable mapping
        SystemEnvironmentPropertySource env = new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(name, "x"));
        for (ConfigurationPropertySource source : ConfigurationPropertySources.from(env)) {
            for (ConfigurationPropertyName property : properties) {
                if (source.getConfigurationProperty(property) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private void flatten(String prefix, Object node) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> flatten(prefix.isEmpty() ? key.toString() : prefix + "." + key, value));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i));
            }
        } else {
            add(prefix);
        }
    }

    private void add(String name) {
        if (ConfigurationPropertyName.isValid(name)) {
            properties.add(ConfigurationPropertyName.of(name));
        } else {
            properties.add(ConfigurationPropertyName.adapt(name, '.'));
        }
    }

    private static String read(URL url) {
        if (url == null) {
            throw new IllegalStateException("a configuration file is missing from the classpath");
        }
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
