package org.specloop.query.sourcing;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;

/** Qualification status per spec and tier: qualified (by revision or change), in requalification, rejected. */
@Repository
public class QualificationReadModel {
    private final NamedParameterJdbcTemplate jdbc;

    public QualificationReadModel(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record QualificationView(String specificationId, String tier, String sourceId, String status, String basis,
                                    String changeId) {
    }

    public List<QualificationView> of(String specificationId, String sourceId) {
        MapSqlParameterSource params = new MapSqlParameterSource("spec", specificationId).addValue("source", sourceId);
        String where = specificationId != null ? " WHERE specification_id = :spec" : sourceId != null ? " WHERE source_id = :source" : "";
        return jdbc.query("SELECT * FROM q_sourcing_qualification" + where + " ORDER BY specification_id, tier, status, source_id",
                params, (rs, i) -> new QualificationView(rs.getString("specification_id"), rs.getString("tier"),
                        rs.getString("source_id"), rs.getString("status"), rs.getString("basis"), rs.getString("change_id")));
    }
}
