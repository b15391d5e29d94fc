package org.specloop.notify.event;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/**
 * The part and specification behind lots, specifications and changes, remembered from the events
 * that name them (MagnetLotReceived, SpecificationCreated, EngineeringChangeRaised), because later
 * events of the same object (LotHeld, RevisionApproved, EngineeringChangeApproved) do not repeat them.
 * Written with select-then-write instead of MERGE so the same SQL runs on H2 and PostgreSQL; the
 * processor handles one object's events on one thread, so there is no race on a key.
 */
@Repository
public class SubjectTable {
    private final JdbcTemplate jdbc;

    public SubjectTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record SpecificationInfo(String partNumber, Integer effectiveRevision, String effectiveLimits) {
    }

    public record ChangeInfo(String specificationId, String partNumber) {
    }

    /** state is RECEIVED, HELD, RELEASED or REJECTED; holdReason the public reason of the latest hold (never the internal one). */
    public record LotInfo(String partNumber, String state, String holdReason) {
    }

    public void rememberLot(String lotId, String partNumber) {
        if (jdbc.update("UPDATE notify_lot SET part_number = ? WHERE lot_id = ?", partNumber, lotId) == 0) {
            jdbc.update("INSERT INTO notify_lot (lot_id, part_number, state) VALUES (?, ?, 'RECEIVED')", lotId, partNumber);
        }
    }

    /** Only for lots whose receipt was seen; a lot of unknown part stays unknown. */
    public void rememberLotState(String lotId, String state, String holdReason) {
        jdbc.update("UPDATE notify_lot SET state = ?, hold_reason = ? WHERE lot_id = ?",
                state, holdReason == null || holdReason.length() <= 2000 ? holdReason : holdReason.substring(0, 2000), lotId);
    }

    public Optional<LotInfo> lot(String lotId) {
        return jdbc.query("SELECT part_number, state, hold_reason FROM notify_lot WHERE lot_id = ?",
                (rs, row) -> new LotInfo(rs.getString(1), rs.getString(2), rs.getString(3)), lotId).stream().findFirst();
    }

    public void rememberSpecification(String specificationId, String partNumber) {
        if (jdbc.update("UPDATE notify_specification SET part_number = ? WHERE specification_id = ?",
                partNumber, specificationId) == 0) {
            jdbc.update("INSERT INTO notify_specification (specification_id, part_number) VALUES (?, ?)",
                    specificationId, partNumber);
        }
    }

    public void rememberEffective(String specificationId, String partNumber, int revision, String limitsJson) {
        if (jdbc.update("UPDATE notify_specification SET part_number = COALESCE(?, part_number), effective_revision = ?, "
                + "effective_limits = ? WHERE specification_id = ?", partNumber, revision, limitsJson, specificationId) == 0) {
            jdbc.update("INSERT INTO notify_specification (specification_id, part_number, effective_revision, effective_limits) "
                    + "VALUES (?, ?, ?, ?)", specificationId, partNumber, revision, limitsJson);
        }
    }

    public Optional<SpecificationInfo> specification(String specificationId) {
        return jdbc.query("SELECT part_number, effective_revision, effective_limits FROM notify_specification "
                        + "WHERE specification_id = ?",
                (rs, row) -> new SpecificationInfo(rs.getString(1), (Integer) rs.getObject(2, Integer.class), rs.getString(3)),
                specificationId).stream().findFirst();
    }

    /** The specification of a part, when exactly one is known; ambiguity is treated as unknown. */
    public Optional<String> specificationOfPart(String partNumber) {
        List<String> ids = jdbc.queryForList("SELECT specification_id FROM notify_specification WHERE part_number = ?",
                String.class, partNumber);
        return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
    }

    public void rememberChange(String changeId, String specificationId, String partNumber) {
        if (jdbc.update("UPDATE notify_change SET specification_id = ?, part_number = ? WHERE change_id = ?",
                specificationId, partNumber, changeId) == 0) {
            jdbc.update("INSERT INTO notify_change (change_id, specification_id, part_number) VALUES (?, ?, ?)",
                    changeId, specificationId, partNumber);
        }
    }

    /** Before a replay of notify-outbox, which fills the tables again from the events. */
    public void clear() {
        for (String table : new String[]{"notify_lot", "notify_specification", "notify_change"}) {
            jdbc.update("DELETE FROM " + table);
        }
    }

    public Optional<ChangeInfo> change(String changeId) {
        return jdbc.query("SELECT specification_id, part_number FROM notify_change WHERE change_id = ?",
                (rs, row) -> new ChangeInfo(rs.getString(1), rs.getString(2)), changeId).stream().findFirst();
    }
}
