package org.specloop.notify.event;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * SubjectTable's view of one processor batch. A lot is read at most once per batch and its changes are written
 * once, batched, before the batch commits; a change of a lot not read yet waits for the batch's one query of the
 * stored rows. Specifications and the specification of a part are read once per batch too, until the batch
 * changes a specification. Per lot event notify-outbox made two to five statements before (a receipt an update
 * and an insert; a hold the lot, its part's specification, the specification and an update).
 */
final class SubjectBatch {
    private static final int KEYS_PER_QUERY = 500;
    private final JdbcTemplate jdbc;
    private final Map<String, LotEntry> lots = new LinkedHashMap<>();
    final Map<String, Optional<SubjectTable.SpecificationInfo>> specifications = new HashMap<>();
    final Map<String, Optional<String>> specificationOfPart = new HashMap<>();

    /** A lot's stored row (null: none) once read, its row as the batch's events left it, and changes not applied yet. */
    private static final class LotEntry {
        private boolean read;
        private SubjectTable.LotInfo stored;
        private SubjectTable.LotInfo now;
        private final List<UnaryOperator<SubjectTable.LotInfo>> waiting = new ArrayList<>();

        void stored(SubjectTable.LotInfo row) {
            read = true;
            stored = row;
            now = row;
            waiting.forEach(change -> now = change.apply(now));
            waiting.clear();
        }
    }

    SubjectBatch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** change: from the lot's row (null when there is none) to its next one. */
    void changeLot(String lotId, UnaryOperator<SubjectTable.LotInfo> change) {
        LotEntry entry = lots.computeIfAbsent(lotId, id -> new LotEntry());
        if (entry.read) {
            entry.now = change.apply(entry.now);
        } else {
            entry.waiting.add(change);
        }
    }

    Optional<SubjectTable.LotInfo> lot(String lotId) {
        LotEntry entry = lots.computeIfAbsent(lotId, id -> new LotEntry());
        if (!entry.read) {
            read(List.of(lotId));
        }
        return Optional.ofNullable(entry.now);
    }

    void forgetSpecifications() {
        specifications.clear();
        specificationOfPart.clear();
    }

    void clear() {
        lots.clear();
        forgetSpecifications();
    }

    void write() {
        read(lots.entrySet().stream().filter(e -> !e.getValue().read).map(Map.Entry::getKey).toList());
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        lots.forEach((lotId, entry) -> {
            if (entry.now == null || entry.now.equals(entry.stored)) {
                return;
            }
            if (entry.stored == null) {
                inserts.add(new Object[]{lotId, entry.now.partNumber(), entry.now.state(), entry.now.holdReason()});
            } else {
                updates.add(new Object[]{entry.now.partNumber(), entry.now.state(), entry.now.holdReason(), lotId});
            }
        });
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO notify_lot (lot_id, part_number, state, hold_reason) VALUES (?, ?, ?, ?)", inserts);
        }
        if (!updates.isEmpty()) {
            jdbc.batchUpdate("UPDATE notify_lot SET part_number = ?, state = ?, hold_reason = ? WHERE lot_id = ?", updates);
        }
        lots.clear();
    }

    /** Reads the stored rows of lots not read yet, in one query per 500. */
    private void read(List<String> lotIds) {
        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
        for (int from = 0; from < lotIds.size(); from += KEYS_PER_QUERY) {
            List<String> chunk = lotIds.subList(from, Math.min(lotIds.size(), from + KEYS_PER_QUERY));
            Map<String, SubjectTable.LotInfo> rows = new HashMap<>();
            named.query("SELECT lot_id, part_number, state, hold_reason FROM notify_lot WHERE lot_id IN (:ids)",
                    new MapSqlParameterSource("ids", chunk), rs -> {
                        rows.put(rs.getString(1), new SubjectTable.LotInfo(rs.getString(2), rs.getString(3), rs.getString(4)));
                    });
            chunk.forEach(lotId -> lots.get(lotId).stored(rows.get(lotId)));
        }
    }
}
