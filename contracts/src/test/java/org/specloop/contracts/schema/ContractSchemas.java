package org.specloop.contracts.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import java.util.List;

/**
 * Loads the message schemas from the classpath as a consumer of the contracts jar would; relative
 * $refs (common.schema.json#/$defs/...) resolve next to the schema that names them.
 * Format assertions are on, so a malformed date-time is an error rather than an annotation.
 */
public final class ContractSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private ContractSchemas() {
    }

    public static Schema named(String name) {
        return REGISTRY.getSchema(SchemaLocation.of("classpath:schemas/" + name + ".schema.json"));
    }

    public static Schema metaSchema() {
        return REGISTRY.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
    }

    public static List<Error> validate(String name, JsonNode instance) {
        return named(name).validate(instance);
    }

    /** examples/rig-sample.three-phase.json is an example of schemas/rig-sample.schema.json. */
    public static String schemaNameOf(String exampleResource) {
        String file = exampleResource.substring(exampleResource.lastIndexOf('/') + 1);
        return file.substring(0, file.indexOf('.'));
    }
}
