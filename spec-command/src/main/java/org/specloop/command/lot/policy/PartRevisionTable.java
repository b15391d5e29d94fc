package org.specloop.command.lot.policy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.specloop.contracts.specification.CharacteristicLimit;
import org.specloop.infrastructure.json.StoredJson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The effective revision per part number (table lot_conformance_revision), kept by the policy. */
@Component
class PartRevisionTable {
    private static final TypeReference<List<CharacteristicLimit>> LIMITS = new TypeReference<>() {
    };
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    PartRevisionTable(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Update first, insert when absent: portable across H2 and PostgreSQL, and idempotent on replay. */
    public void put(String partNumber, PartRevision revision) {
        String limits = write(revision.limits());
        int updated = jdbc.update("UPDATE lot_conformance_revision SET specification_id = ?, revision = ?, "
                + "limits_json = ? WHERE part_number = ?", revision.specificationId(), revision.revision(), limits,
                partNumber);
        if (updated == 0) {
            jdbc.update("INSERT INTO lot_conformance_revision (part_number, specification_id, revision, limits_json) "
                    + "VALUES (?, ?, ?, ?)", partNumber, revision.specificationId(), revision.revision(), limits);
        }
    }

    public Optional<PartRevision> of(String partNumber) {
        return jdbc.query("SELECT specification_id, revision, limits_json FROM lot_conformance_revision "
                        + "WHERE part_number = ?",
                (rs, i) -> new PartRevision(rs.getString(1), rs.getInt(2), read(rs.getString(3))), partNumber)
                .stream().findFirst();
    }

    /** Forgets every revision, before a replay refills the table. */
    public void clear() {
        jdbc.update("DELETE FROM lot_conformance_revision");
    }

    private String write(List<CharacteristicLimit> limits) {
        return StoredJson.write(json, limits, "characteristic limits");
    }

    private List<CharacteristicLimit> read(String limits) {
        return StoredJson.read(json, limits, LIMITS, "characteristic limits");
    }
}
