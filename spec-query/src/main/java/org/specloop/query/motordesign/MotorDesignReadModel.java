package org.specloop.query.motordesign;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.specloop.contracts.motordesign.MotorRequirements;
import org.specloop.query.shared.Page;
import org.specloop.query.shared.PageQuery;
import org.specloop.query.shared.Sql;
import org.specloop.query.shared.Where;
import org.specloop.readside.shared.Json;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the motor design tables written by {@link MotorDesignProjection}. */
@Repository
public class MotorDesignReadModel {
    /** object_type of these objects' lines in object_history. */
    public static final String OBJECT_TYPE = "motor-design";
    public static final Map<String, String> SORTABLE = Map.of("designId", "design_id", "name", "name",
            "specificationId", "specification_id", "changedAt", "changed_at", "definedAt", "defined_at");
    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json;

    public MotorDesignReadModel(NamedParameterJdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** @param partNumber designs whose current magnet spec is one of this part's specs (any revision) */
    public Page<MotorDesignSummary> find(String specificationId, String partNumber, PageQuery page) {
        Where where = new Where().eq("specification_id", specificationId).when(partNumber, "part",
                "specification_id IN (SELECT specification_id FROM q_specification WHERE part_number = :part)");
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM q_motor_design" + where.sql(), where.params(), Long.class);
        List<MotorDesignSummary> items = jdbc.query("SELECT * FROM q_motor_design" + where.sql() + page.orderBy("design_id")
                + page.limit(), where.params(), SUMMARY);
        return new Page<>(items, page.page(), page.size(), total == null ? 0 : total);
    }

    public Optional<MotorDesignView> one(String designId) {
        MapSqlParameterSource params = new MapSqlParameterSource("id", designId);
        return jdbc.query("SELECT * FROM q_motor_design WHERE design_id = :id", params, SUMMARY).stream().findFirst()
                .map(design -> new MotorDesignView(design, version(designId, design.version()).orElse(null),
                        jdbc.queryForList("SELECT version FROM q_motor_design_version WHERE design_id = :id ORDER BY version",
                                params, Integer.class)));
    }

    public List<MotorDesignVersionView> versions(String designId) {
        return jdbc.query("SELECT * FROM q_motor_design_version WHERE design_id = :id ORDER BY version",
                new MapSqlParameterSource("id", designId), this::version);
    }

    public Optional<MotorDesignVersionView> version(String designId, int version) {
        return jdbc.query("SELECT * FROM q_motor_design_version WHERE design_id = :id AND version = :version",
                new MapSqlParameterSource("id", designId).addValue("version", version), this::version).stream().findFirst();
    }

    public boolean exists(String designId) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM q_motor_design WHERE design_id = :id",
                new MapSqlParameterSource("id", designId), Integer.class);
        return count != null && count > 0;
    }

    private MotorDesignVersionView version(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        MotorRequirements requirements = Json.read(json, rs.getString("requirements_json"), MotorRequirements.class);
        return new MotorDesignVersionView(rs.getString("design_id"), rs.getInt("version"), RequirementsView.of(requirements),
                rs.getString("reason"), rs.getString("author"), Sql.instant(rs, "recorded_at"));
    }

    private static final RowMapper<MotorDesignSummary> SUMMARY = (rs, n) -> new MotorDesignSummary(
            rs.getString("design_id"), rs.getString("name"), rs.getInt("current_version"), rs.getString("specification_id"),
            rs.getString("defined_by"), Sql.instant(rs, "defined_at"), rs.getString("changed_by"),
            Sql.instant(rs, "changed_at"));
}
