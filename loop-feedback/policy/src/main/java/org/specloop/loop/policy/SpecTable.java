package org.specloop.loop.policy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.specloop.contracts.motordesign.MotorRequirements;
import org.specloop.contracts.specification.RevisionContent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Motor designs with their current requirements, and specs with their effective and open revisions. */
@Component
public class SpecTable {
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final FactVersions versions;

    SpecTable(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.versions = new FactVersions(jdbc);
    }

    public record Design(String designId, String name, int version, MotorRequirements requirements) {
    }

    /** effective is null before the first revision is effective; openRevision null when none is open. */
    public record Spec(String specificationId, String partNumber, Integer effectiveRevision, RevisionContent effective,
                       Integer openRevision, String openAuthor) {
    }

    void design(String designId, String name, int version, MotorRequirements requirements) {
        String currentName = name != null ? name : design(designId).map(Design::name).orElse(designId);
        jdbc.update("DELETE FROM loop_design WHERE design_id = ?", designId);
        jdbc.update("INSERT INTO loop_design (design_id, name, version, specification_id, requirements_json) VALUES (?, ?, ?, ?, ?)",
                designId, currentName, version, requirements.specificationId(), write(requirements));
        versions.designChanged(designId);
    }

    public Optional<Design> design(String designId) {
        return jdbc.query("SELECT design_id, name, version, requirements_json FROM loop_design WHERE design_id = ?",
                (rs, i) -> new Design(rs.getString(1), rs.getString(2), rs.getInt(3),
                        read(rs.getString(4), MotorRequirements.class)), designId).stream().findFirst();
    }

    List<Design> designsOf(String specificationId) {
        return jdbc.query("SELECT design_id, name, version, requirements_json FROM loop_design WHERE specification_id = ?"
                        + " ORDER BY design_id", (rs, i) -> new Design(rs.getString(1), rs.getString(2), rs.getInt(3),
                read(rs.getString(4), MotorRequirements.class)), specificationId);
    }

    /** Before a replay of loop-feedback: designs and specs, filled again from the events. */
    void clear() {
        for (String table : new String[]{"loop_design", "loop_spec"}) {
            jdbc.update("DELETE FROM " + table);
        }
        versions.allChanged();
    }

    void effective(String specificationId, String partNumber, int revision, RevisionContent content) {
        ensure(specificationId, partNumber);
        jdbc.update("UPDATE loop_spec SET effective_revision = ?, content_json = ? WHERE specification_id = ?",
                revision, write(content), specificationId);
        versions.specChanged(specificationId);
    }

    void opened(String specificationId, String partNumber, int revision, String author) {
        ensure(specificationId, partNumber);
        jdbc.update("UPDATE loop_spec SET open_revision = ?, open_author = ? WHERE specification_id = ?",
                revision, author, specificationId);
    }

    /** A decided revision is no longer open; a later one may already be, so only that number is cleared. */
    void decided(String specificationId, int revision) {
        jdbc.update("UPDATE loop_spec SET open_revision = NULL, open_author = NULL WHERE specification_id = ? AND open_revision = ?",
                specificationId, revision);
    }

    Optional<Spec> spec(String specificationId) {
        return jdbc.query("SELECT specification_id, part_number, effective_revision, content_json, open_revision, open_author"
                        + " FROM loop_spec WHERE specification_id = ?",
                (rs, i) -> new Spec(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3, Integer.class),
                        rs.getString(4) == null ? null : read(rs.getString(4), RevisionContent.class),
                        (Integer) rs.getObject(5, Integer.class), rs.getString(6)), specificationId).stream().findFirst();
    }

    /** The effective spec of a part number; lots name their part, designs their spec. */
    public Optional<Spec> specOfPart(String partNumber) {
        return jdbc.queryForList("SELECT specification_id FROM loop_spec WHERE part_number = ? AND effective_revision IS NOT NULL",
                String.class, partNumber).stream().findFirst().flatMap(this::spec);
    }

    private void ensure(String specificationId, String partNumber) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM loop_spec WHERE specification_id = ?", Integer.class, specificationId);
        if (n == null || n == 0) {
            jdbc.update("INSERT INTO loop_spec (specification_id, part_number) VALUES (?, ?)", specificationId, partNumber);
            versions.specChanged(specificationId);
        }
    }

    String write(Object value) {
        return Json.write(json, value);
    }

    private <T> T read(String text, Class<T> type) {
        return Json.read(json, text, type);
    }
}
