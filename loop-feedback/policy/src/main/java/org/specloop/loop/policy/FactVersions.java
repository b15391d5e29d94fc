package org.specloop.loop.policy;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * A version per scope of the loop's facts (loop_fact_version), which LoopViews keys its cached views by: a
 * source's ('source:id': its lots, samples and drift changes, what its charts read), a design's ('design:id':
 * the design, its motors, the lots in them and its magnet spec, what its transfer functions read), and every
 * fact ('*', bumped by a reset). The tables that write facts say what they touched; the bumps of a unit of work
 * are written once, when it prepares its commit, in the transaction of the facts (a lab batch touches a lot
 * hundreds of times), so a reader on any node sees new facts and the new version together. Outside a unit of
 * work they are written at once. A version only grows; a view reads the sum of its scope's and of '*'.
 */
final class FactVersions {
    static final String ALL = "*";
    private static final String SOURCE = "source:";
    private static final String DESIGN = "design:";
    private static final String RESOURCE = FactVersions.class.getName();
    private static final int IDS_PER_QUERY = 1000;
    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    /** What a unit of work touched; lots, specs and changes are resolved to scopes when it is written. */
    private static final class Touched {
        private final Set<String> scopes = new LinkedHashSet<>();
        private final Set<String> lots = new LinkedHashSet<>();
        private final Set<String> specs = new LinkedHashSet<>();
        private final Set<String> changes = new LinkedHashSet<>();
        private boolean written;
    }

    FactVersions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    static String source(String sourceId) {
        return SOURCE + sourceId;
    }

    static String design(String designId) {
        return DESIGN + designId;
    }

    /** The source's lots or drift changes changed. */
    void sourceChanged(String sourceId) {
        touch(t -> t.scopes.add(source(sourceId)));
    }

    /** The design or its motor results changed (a run's points all name the design the run started with). */
    void designChanged(String designId) {
        touch(t -> t.scopes.add(design(designId)));
    }

    /** The lot was received or measured: its source's charts, and the designs whose motors hold it. */
    void lotChanged(String lotId) {
        touch(t -> t.lots.add(lotId));
    }

    /** The spec's part or effective content changed: the designs built on it. */
    void specChanged(String specificationId) {
        touch(t -> t.specs.add(specificationId));
    }

    /** The change's state changed: the sources of the loop's drift records of it (their charts' baselines). */
    void changeChanged(String changeId) {
        touch(t -> t.changes.add(changeId));
    }

    /** Facts were removed wholesale (a reset of the loop). */
    void allChanged() {
        touch(t -> t.scopes.add(ALL));
    }

    /** The version of the scope; read it before the facts, so a view computed after it is at least that new. */
    long of(String scope) {
        Long version = jdbc.queryForObject("SELECT COALESCE(SUM(version), 0) FROM loop_fact_version WHERE scope IN (?, ?)",
                Long.class, scope, ALL);
        return version == null ? 0 : version;
    }

    private void touch(Consumer<Touched> change) {
        if (!CurrentUnitOfWork.isStarted() || CurrentUnitOfWork.get().root().phase().isAfter(UnitOfWork.Phase.PREPARE_COMMIT)) {
            Touched now = new Touched();
            change.accept(now);
            write(now);
            return;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        Touched touched = root.getOrComputeResource(RESOURCE, key -> {
            Touched t = new Touched();
            root.onPrepareCommit(u -> write(t));
            return t;
        });
        change.accept(touched);
        if (touched.written) {
            // touched while the commit is prepared, after the bumps were written: still inside its transaction
            write(touched);
        }
    }

    private void write(Touched touched) {
        touched.written = true;
        Set<String> scopes = new TreeSet<>(touched.scopes);
        ids(touched.lots, "SELECT DISTINCT source_id FROM loop_lot WHERE lot_id IN (:ids)", SOURCE, scopes);
        ids(touched.lots, "SELECT DISTINCT p.design_id FROM loop_motor_lot l JOIN loop_motor_point p ON p.run_id = l.run_id"
                + " WHERE l.lot_id IN (:ids)", DESIGN, scopes);
        ids(touched.specs, "SELECT design_id FROM loop_design WHERE specification_id IN (:ids)", DESIGN, scopes);
        ids(touched.changes, "SELECT DISTINCT source_id FROM loop_drift WHERE change_id IN (:ids)", SOURCE, scopes);
        touched.scopes.clear();
        touched.lots.clear();
        touched.specs.clear();
        touched.changes.clear();
        bump(scopes);
    }

    private void ids(Collection<String> ids, String sql, String prefix, Set<String> scopes) {
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            jdbc.query(FreshPlan.named(sql, new MapSqlParameterSource("ids", all.subList(from, Math.min(all.size(),
                            from + IDS_PER_QUERY)))),
                    rs -> {
                        scopes.add(prefix + rs.getString(1));
                    });
        }
    }

    // in key order, so that two writers (a reset beside the processor) take the rows' locks in one order
    private void bump(Set<String> scopes) {
        if (scopes.isEmpty()) {
            return;
        }
        List<String> all = new ArrayList<>(scopes);
        Set<String> stored = new HashSet<>();
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            stored.addAll(named.queryForList("SELECT scope FROM loop_fact_version WHERE scope IN (:ids)",
                    new MapSqlParameterSource("ids", all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY))), String.class));
        }
        List<Object[]> updates = all.stream().filter(stored::contains).map(s -> new Object[]{s}).toList();
        List<Object[]> inserts = all.stream().filter(s -> !stored.contains(s)).map(s -> new Object[]{s}).toList();
        if (!updates.isEmpty()) {
            jdbc.batchUpdate("UPDATE loop_fact_version SET version = version + 1 WHERE scope = ?", updates);
        }
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO loop_fact_version (scope, version) VALUES (?, 1)", inserts);
        }
    }
}
