package org.specloop.app.storage;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.specloop.app.PostgresTestDatabase;
import org.specloop.contracts.common.TextLimits;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every read-model and policy column that stores a client's text is at least as wide as the limit the
 * edge enforces (TextLimits). A narrower column is what let a 300-character part number through the API
 * and then stop lot-conformance, sourcing and loop-feedback behind the event that could not be stored.
 * The database is migrated by the application's own Flyway locations, on H2 and on PostgreSQL.
 *
 * <p>The mapping is kept by hand (table.column -> limit). Columns named part_number, grade or *reason
 * are checked wherever they appear, so a new table that stores one cannot forget its width.
 */
class TextColumnWidthsTest {
    private static final List<String> LOCATIONS = List.of("command", "query", "loop");

    /** table.column -> the limit of the text it stores. */
    private static final Map<String, Integer> COLUMNS = new LinkedHashMap<>();

    static {
        ids("q_lot.lot_id", "q_lot.supplier_id", "q_lot.evaluated_spec_id", "q_lot_hold.lot_id",
                "q_lot_measurement.lot_id", "q_lot_measurement.measurement_id", "q_lot_measurement.sample_id",
                "q_specification.specification_id", "q_spec_revision.specification_id",
                "q_change.change_id", "q_change.specification_id", "q_change_item.item_id", "q_change_lot.lot_id",
                "q_change_evidence.item_id", "q_source.source_id", "q_source_certificate.source_id",
                "q_sourcing_lot.lot_id", "q_sourcing_lot_link.source_id", "q_sourcing_spec.specification_id",
                "q_sourcing_qualification.source_id", "q_sourcing_motor_lot.motor_design", "q_sourcing_motor_lot.lot_id",
                "q_motor_design.design_id", "q_motor_design.specification_id", "q_motor_design_version.specification_id",
                "q_motor_run.run_id", "q_motor_run.motor_serial", "q_motor_run.motor_design", "q_motor_run.rig_id",
                "q_motor_run_lot.lot_id", "q_motor_point.point_id", "object_history.object_id",
                "notify_lot.lot_id", "notify_specification.specification_id", "notify_change.change_id",
                "notify_change.specification_id",
                "lot_conformance_lot.lot_id", "lot_conformance_rejected.lot_id", "lot_conformance_revision.specification_id",
                "revision_activation_pending.specification_id", "sourcing_lot.lot_id", "sourcing_qualified.source_id",
                "sourcing_change.change_id", "requalification_due.change_id", "sourcing_change_lot.lot_id", "sourcing_change_item.item_id",
                "sourcing_measurement.lot_id", "sourcing_measurement.measurement_id", "sourcing_measurement.sample_id",
                "sourcing_motor_point.run_id", "sourcing_motor_point.point_id", "sourcing_motor_point.lot_id",
                "sourcing_source.source_id", "sourcing_lot.supplier_id", "sourcing_spec_title.specification_id",
                "q_change_first_article.change_id",
                "ingest_rig_run.run_id",
                "loop_lot.lot_id", "loop_lot.source_id", "loop_sample.lot_id", "loop_sample.sample_id",
                "loop_motor_point.run_id", "loop_motor_point.point_id", "loop_motor_point.motor_serial",
                "loop_motor_point.design_id", "loop_motor_lot.lot_id", "loop_design.design_id",
                "loop_design.specification_id", "loop_spec.specification_id", "loop_change.change_id",
                "loop_drift.source_id", "loop_drift.first_lot", "loop_lot_stat.lot_id", "q_lot_deviation.lot_id",
                "q_lot_deviation.deviation_id", "notify_oem_grant.item_id", "notify_oem_grant_log.item_id",
                "notify_outbox.specification_id", "notify_qualified_source.specification_id",
                "notify_qualified_source.source_id", "notify_disqualified_source.source_id");
        limit(TextLimits.PART_NUMBER, "q_lot.part_number", "q_specification.part_number", "q_sourcing_lot.part_number",
                "q_sourcing_spec.part_number", "notify_lot.part_number", "notify_specification.part_number",
                "notify_change.part_number", "lot_conformance_revision.part_number", "lot_conformance_lot.part_number",
                "sourcing_spec.part_number", "sourcing_lot.part_number", "loop_lot.part_number", "loop_spec.part_number");
        limit(TextLimits.GRADE, "q_lot.grade", "q_specification.grade", "q_sourcing_spec.grade");
        limit(TextLimits.NAME, "q_specification.title", "q_change.title", "q_source.name", "q_motor_design.name",
                "loop_design.name");
        limit(TextLimits.LABEL, "q_lot_measurement.lab", "q_lot_measurement.instrument", "q_change_item.evidence_type", "q_change_evidence.evidence_reference",
                "q_source_certificate.cert_type", "q_source_certificate.cert_number", "q_source_certificate.issuer",
                "sourcing_change_item.evidence_type", "sourcing_change_evidence.evidence_reference");
        limit(TextLimits.REASON, "q_lot.disposition_reason", "q_lot_hold.reason", "q_spec_revision.draft_reason",
                "q_spec_revision.decision_reason", "q_change.decision_reason", "q_change.close_note",
                "q_change.escalation_reason", "q_change_item.description", "q_motor_design_version.reason",
                "notify_lot.hold_reason", "loop_proposal_state.reason", "q_lot_deviation.reason",
                "q_lot_deviation.decision_reason", "dead_letter_eviction.reason");
        limit(TextLimits.DESCRIPTION, "q_change.description");
        // a source's or design's id after its prefix ("source:", "design:")
        limit(TextLimits.ID + "design:".length(), "loop_fact_version.scope");
        // a subscription's lists, as JSON: up to 500 (SubscriptionRequestValidator.MAX_IDS) ids of TextLimits.ID
        limit(500 * (TextLimits.ID + 3) + 2, "notify_subscription.part_numbers", "notify_subscription.specification_ids");
    }

    /** Column names that hold the same kind of text in whichever table they appear. */
    private static final Map<String, Integer> BY_NAME = Map.of("part_number", TextLimits.PART_NUMBER,
            "grade", TextLimits.GRADE);
    /** Columns ending in "reason" hold reasons, except these, which the system writes itself. */
    private static final Set<String> SYSTEM_REASONS = Set.of("notify_subscription.disabled_reason");

    @Test
    void h2_columns_are_as_wide_as_the_text_limits() {
        check(new DriverManagerDataSource("jdbc:h2:mem:widths-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""), "h2");
    }

    @Test
    void postgresql_columns_are_as_wide_as_the_text_limits() {
        PostgresTestDatabase database = PostgresTestDatabase.create();
        try {
            check(new DriverManagerDataSource(database.url(), database.user(), ""), "postgresql");
        } finally {
            database.drop();
        }
    }

    private static void check(DataSource dataSource, String vendor) {
        List<String> locations = new ArrayList<>();
        locations.add("classpath:db/migration/" + vendor);
        LOCATIONS.forEach(l -> locations.add("classpath:db/migration/" + l));
        locations.add("classpath:db/migration/query-" + vendor);
        Flyway.configure().dataSource(dataSource).locations(locations.toArray(String[]::new)).load().migrate();
        Map<String, Long> widths = widths(new JdbcTemplate(dataSource));

        Map<String, Integer> expected = new LinkedHashMap<>(COLUMNS);
        widths.keySet().forEach(column -> {
            String name = column.substring(column.indexOf('.') + 1);
            if (BY_NAME.containsKey(name)) {
                expected.putIfAbsent(column, BY_NAME.get(name));
            } else if (name.endsWith("reason") && !SYSTEM_REASONS.contains(column)) {
                expected.putIfAbsent(column, TextLimits.REASON);
            }
        });
        List<String> problems = new ArrayList<>();
        expected.forEach((column, limit) -> {
            if (!widths.containsKey(column)) {
                problems.add(column + " is not a text column of the " + vendor + " schema (renamed? update the mapping)");
            } else if (widths.get(column) != null && widths.get(column) < limit) {
                problems.add(column + " holds " + widths.get(column) + " characters, the limit is " + limit);
            }
        });

        assertThat(problems).as(vendor).isEmpty();
    }

    /** table.column -> declared character length (null: unbounded) of every character column. */
    private static Map<String, Long> widths(JdbcTemplate jdbc) {
        Map<String, Long> widths = new LinkedHashMap<>();
        jdbc.query("SELECT table_name, column_name, character_maximum_length FROM information_schema.columns"
                + " WHERE table_schema IN ('PUBLIC', 'public') AND data_type IN ('CHARACTER VARYING', 'character varying',"
                + " 'text', 'CHARACTER LARGE OBJECT')", rs -> {
            long length = rs.getLong(3);
            boolean unbounded = rs.wasNull() || length >= Integer.MAX_VALUE / 2;
            widths.put(rs.getString(1).toLowerCase(Locale.ROOT) + "." + rs.getString(2).toLowerCase(Locale.ROOT),
                    unbounded ? null : length);
        });
        return widths;
    }

    private static void ids(String... columns) {
        limit(TextLimits.ID, columns);
    }

    private static void limit(int limit, String... columns) {
        for (String column : columns) {
            COLUMNS.put(column, limit);
        }
    }
}
