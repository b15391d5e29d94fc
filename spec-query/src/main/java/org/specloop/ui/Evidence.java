package org.specloop.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.specloop.contracts.lot.CharacteristicResult;
import org.specloop.contracts.lot.SampleValue;
import org.specloop.contracts.specification.CharacteristicLimit;
import org.specloop.contracts.specification.RevisionContent;
import org.specloop.calculations.spc.ControlLimits;
import org.specloop.calculations.spc.IndividualsChart;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The measured evidence behind a revision: for each characteristic it limits, the per-sample
 * values of the part's latest lots against their I-MR control limits, so the approver can see
 * whether the proposed limit cuts into the normal spread of the process or only its outliers.
 */
@Repository
public class Evidence {
    static final int MAX_LOTS = 50;
    private static final TypeReference<List<CharacteristicResult>> RESULTS = new TypeReference<>() { };
    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json;

    public Evidence(NamedParameterJdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<ControlChart> controlCharts(String partNumber, RevisionContent proposed, RevisionContent current) {
        Map<String, List<ControlChart.Point>> byKey = samplesByRequirement(partNumber);
        List<ControlChart> charts = new ArrayList<>();
        for (CharacteristicLimit limit : proposed.characteristics()) {
            List<ControlChart.Point> points = byKey.getOrDefault(limit.key(), List.of());
            CharacteristicLimit before = current == null ? null : current.characteristics().stream()
                    .filter(limit::sameRequirementAs).findFirst().orElse(null);
            ControlLimits limits = controlLimits(points);
            charts.add(new ControlChart(limit.key(), limit.characteristic().symbol() + " at "
                    + Math.round(limit.testTemperatureC()) + " °C", limit.unit(), points,
                    limits == null ? null : limits.center(), limits == null ? null : limits.lower(),
                    limits == null ? null : limits.upper(), before == null ? null : before.min(),
                    before == null ? null : before.max(), limit.min(), limit.max()));
        }
        return charts;
    }

    /** Oldest lot first, so the chart reads left to right in time; only the latest lots are drawn. */
    private Map<String, List<ControlChart.Point>> samplesByRequirement(String partNumber) {
        List<Map.Entry<String, String>> lots = new ArrayList<>(jdbc.query("SELECT lot_id, results_json FROM q_lot"
                        + " WHERE part_number = :part AND results_json IS NOT NULL ORDER BY received_at DESC, lot_id DESC"
                        + " LIMIT " + MAX_LOTS, new MapSqlParameterSource("part", partNumber),
                (rs, n) -> Map.entry(rs.getString("lot_id"), rs.getString("results_json"))));
        java.util.Collections.reverse(lots);
        Map<String, List<ControlChart.Point>> byKey = new LinkedHashMap<>();
        for (Map.Entry<String, String> lot : lots) {
            for (CharacteristicResult result : read(lot.getValue())) {
                if (result.samples() == null) {
                    continue;
                }
                for (SampleValue sample : result.samples()) {
                    byKey.computeIfAbsent(result.limit().key(), k -> new ArrayList<>())
                            .add(new ControlChart.Point(lot.getKey(), sample.sampleId(), sample.value()));
                }
            }
        }
        return byKey;
    }

    private static ControlLimits controlLimits(List<ControlChart.Point> points) {
        if (points.size() < 2) {
            return null;
        }
        double[] values = points.stream().mapToDouble(ControlChart.Point::value).toArray();
        if (IndividualsChart.averageMovingRange(values) <= 0.0) {
            return null;
        }
        return IndividualsChart.phaseOne(values).individualsLimits();
    }

    private List<CharacteristicResult> read(String text) {
        try {
            return json.readValue(text, RESULTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored lot results are not readable", e);
        }
    }
}
