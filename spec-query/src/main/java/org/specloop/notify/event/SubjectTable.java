package org.specloop.notify.event;

import org.specloop.readside.shared.PerBatch;
import org.specloop.readside.shared.ReadModelTables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The part and specification behind lots, specifications and changes, remembered from the events
 * that name them (MagnetLotReceived, SpecificationCreated, EngineeringChangeRaised), because later
 * events of the same object (LotHeld, RevisionApproved, EngineeringChangeApproved) do not repeat them.
 * Written with select-then-write instead of MERGE so the same SQL runs on H2 and PostgreSQL; the
 * processor handles one object's events on one thread, so there is no race on a key.
 * <p>
 * Within a processor batch lots are read and written through the batch's {@link SubjectBatch}, and
 * specifications are read once per batch; outside one (tests, tools) every call goes to the tables at once.
 */
@Repository
public class SubjectTable {
    private final JdbcTemplate jdbc;
    /** Names this table's view of a batch among the batch's resources. */
    private final String batchKey = SubjectBatch.class.getName() + "@" + System.identityHashCode(this);

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

    /** A lot received again keeps its state. */
    public void rememberLot(String lotId, String partNumber) {
        changeLot(lotId, lot -> lot == null ? new LotInfo(partNumber, "RECEIVED", null)
                : new LotInfo(partNumber, lot.state(), lot.holdReason()));
    }

    /** Only for lots whose receipt was seen; a lot of unknown part stays unknown. */
    public void rememberLotState(String lotId, String state, String holdReason) {
        String reason = holdReason == null || holdReason.length() <= 2000 ? holdReason : holdReason.substring(0, 2000);
        changeLot(lotId, lot -> lot == null ? null : new LotInfo(lot.partNumber(), state, reason));
    }

    public Optional<LotInfo> lot(String lotId) {
        SubjectBatch batch = batch();
        return (batch != null ? batch : new SubjectBatch(jdbc)).lot(lotId);
    }

    private void changeLot(String lotId, UnaryOperator<LotInfo> change) {
        SubjectBatch batch = batch();
        if (batch != null) {
            batch.changeLot(lotId, change);
            return;
        }
        SubjectBatch now = new SubjectBatch(jdbc);
        now.changeLot(lotId, change);
        now.write();
    }

    private SubjectBatch batch() {
        return PerBatch.current(batchKey, () -> new SubjectBatch(jdbc), SubjectBatch::write);
    }

    public void rememberSpecification(String specificationId, String partNumber) {
        if (jdbc.update("UPDATE notify_specification SET part_number = ? WHERE specification_id = ?",
                partNumber, specificationId) == 0) {
            jdbc.update("INSERT INTO notify_specification (specification_id, part_number) VALUES (?, ?)",
                    specificationId, partNumber);
        }
        specificationsChanged();
    }

    public void rememberEffective(String specificationId, String partNumber, int revision, String limitsJson) {
        if (jdbc.update("UPDATE notify_specification SET part_number = COALESCE(?, part_number), effective_revision = ?, "
                + "effective_limits = ? WHERE specification_id = ?", partNumber, revision, limitsJson, specificationId) == 0) {
            jdbc.update("INSERT INTO notify_specification (specification_id, part_number, effective_revision, effective_limits) "
                    + "VALUES (?, ?, ?, ?)", specificationId, partNumber, revision, limitsJson);
        }
        specificationsChanged();
    }

    public Optional<SpecificationInfo> specification(String specificationId) {
        SubjectBatch batch = batch();
        return batch == null ? readSpecification(specificationId)
                : batch.specifications.computeIfAbsent(specificationId, this::readSpecification);
    }

    /** The specification of a part, when exactly one is known; ambiguity is treated as unknown. */
    public Optional<String> specificationOfPart(String partNumber) {
        SubjectBatch batch = batch();
        return batch == null ? readSpecificationOfPart(partNumber)
                : batch.specificationOfPart.computeIfAbsent(partNumber, this::readSpecificationOfPart);
    }

    /** What the batch read of specifications is stale once one is written (rare: creations and revisions). */
    private void specificationsChanged() {
        SubjectBatch batch = batch();
        if (batch != null) {
            batch.forgetSpecifications();
        }
    }

    private Optional<SpecificationInfo> readSpecification(String specificationId) {
        return jdbc.query("SELECT part_number, effective_revision, effective_limits FROM notify_specification "
                        + "WHERE specification_id = ?",
                (rs, row) -> new SpecificationInfo(rs.getString(1), (Integer) rs.getObject(2, Integer.class), rs.getString(3)),
                specificationId).stream().findFirst();
    }

    private Optional<String> readSpecificationOfPart(String partNumber) {
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
        ReadModelTables.empty(jdbc, List.of("notify_lot", "notify_specification", "notify_change"));
        SubjectBatch batch = batch();
        if (batch != null) {
            batch.clear();
        }
    }

    public Optional<ChangeInfo> change(String changeId) {
        return jdbc.query("SELECT specification_id, part_number FROM notify_change WHERE change_id = ?",
                (rs, row) -> new ChangeInfo(rs.getString(1), rs.getString(2)), changeId).stream().findFirst();
    }
}
