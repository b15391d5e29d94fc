package org.specloop.query.motordesign;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.specloop.contracts.motordesign.MotorDesignDefined;
import org.specloop.contracts.motordesign.MotorDesignRequirementsRevised;
import org.specloop.contracts.motordesign.MotorRequirements;
import org.specloop.query.shared.ObjectHistory;
import org.specloop.query.shared.Sql;
import org.specloop.readside.shared.Json;
import org.specloop.readside.shared.ReadModelTables;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.time.Instant;

/**
 * Motor designs and every version of their requirements. Versions are kept whole, as the event carried
 * them, so any version can be read back, e.g. the one a loop proposal names.
 */
@Component
@ProcessingGroup("query-motor-designs")
class MotorDesignProjection {
    private static final String OBJECT_TYPE = MotorDesignReadModel.OBJECT_TYPE;
    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json;
    private final ObjectHistory history;

    public MotorDesignProjection(NamedParameterJdbcTemplate jdbc, ObjectMapper json, ObjectHistory history) {
        this.jdbc = jdbc;
        this.json = json;
        this.history = history;
    }

    @EventHandler
    public void on(MotorDesignDefined e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        Instant when = e.definedAt() != null ? e.definedAt() : at;
        Sql.upsert(jdbc, "UPDATE q_motor_design SET name = :name, specification_id = :spec, current_version = :version,"
                        + " defined_by = :by, defined_at = :when, changed_by = :by, changed_at = :when WHERE design_id = :id",
                "INSERT INTO q_motor_design (design_id, name, specification_id, current_version, defined_by, defined_at,"
                        + " changed_by, changed_at) VALUES (:id, :name, :spec, :version, :by, :when, :by, :when)",
                design(e.designId()).addValue("name", e.name()).addValue("spec", spec(e.requirements()))
                        .addValue("version", e.version()).addValue("by", e.author()).addValue("when", Sql.ts(when)));
        version(e.designId(), e.version(), e.requirements(), null, e.author(), when);
        history.record(eventId, OBJECT_TYPE, e.designId(), e, e.author(), at,
                "defined '" + e.name() + "' (version " + e.version() + ", magnet spec " + spec(e.requirements()) + ")");
    }

    @EventHandler
    public void on(MotorDesignRequirementsRevised e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        Instant when = e.revisedAt() != null ? e.revisedAt() : at;
        // a replayed or late older version never moves the current one back
        jdbc.update("UPDATE q_motor_design SET specification_id = :spec, current_version = :version, changed_by = :by,"
                        + " changed_at = :when WHERE design_id = :id AND current_version < :version",
                design(e.designId()).addValue("spec", spec(e.requirements())).addValue("version", e.version())
                        .addValue("by", e.author()).addValue("when", Sql.ts(when)));
        version(e.designId(), e.version(), e.requirements(), e.reason(), e.author(), when);
        history.record(eventId, OBJECT_TYPE, e.designId(), e, e.author(), at,
                "version " + e.version() + ": " + e.reason());
    }

    @ResetHandler
    public void reset() {
        ReadModelTables.empty(jdbc.getJdbcOperations(), List.of("q_motor_design_version", "q_motor_design"));
        history.clear(OBJECT_TYPE);
    }

    private void version(String designId, int version, MotorRequirements requirements, String reason, String author,
                         Instant when) {
        Sql.upsert(jdbc, "UPDATE q_motor_design_version SET specification_id = :spec, requirements_json = :requirements,"
                        + " reason = :reason, author = :by, recorded_at = :when WHERE design_id = :id AND version = :version",
                "INSERT INTO q_motor_design_version (design_id, version, specification_id, requirements_json, reason,"
                        + " author, recorded_at) VALUES (:id, :version, :spec, :requirements, :reason, :by, :when)",
                design(designId).addValue("version", version).addValue("spec", spec(requirements))
                        .addValue("requirements", Json.write(json, requirements)).addValue("reason", reason)
                        .addValue("by", author).addValue("when", Sql.ts(when)));
    }

    private static String spec(MotorRequirements requirements) {
        return requirements == null ? null : requirements.specificationId();
    }

    private static MapSqlParameterSource design(String designId) {
        return new MapSqlParameterSource("id", designId);
    }
}
