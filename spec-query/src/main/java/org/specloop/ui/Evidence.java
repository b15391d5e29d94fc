package org.specloop.ui;

import org.specloop.contracts.specification.CharacteristicLimit;
import org.specloop.contracts.specification.RevisionContent;
import org.specloop.loop.policy.ControlChartView;
import org.specloop.loop.policy.ControlCharts;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The measured evidence behind a revision: for each characteristic it limits, the loop's control
 * chart of every source that delivered the part, so the approver sees whether the proposed limit
 * cuts into a source's normal spread or only its outliers. The workspace computes no chart of its
 * own: it shows the limits the drift watch froze and the signals it raised changes on.
 */
@Component
class Evidence {
    private final ControlCharts charts;

    Evidence(ControlCharts charts) {
        this.charts = charts;
    }

    List<LimitChart> controlCharts(String partNumber, RevisionContent proposed, RevisionContent current) {
        List<LimitChart> result = new ArrayList<>();
        for (CharacteristicLimit limit : proposed.characteristics()) {
            CharacteristicLimit before = current == null ? null : current.characteristics().stream()
                    .filter(limit::sameRequirementAs).findFirst().orElse(null);
            if (!ControlCharts.charted(limit.testTemperatureC())) {
                result.add(LimitChart.of(limit, before, false, null));
                continue;
            }
            List<ControlChartView> views = charts.ofPart(partNumber, limit.characteristic());
            if (views.isEmpty()) {
                result.add(LimitChart.of(limit, before, true, null));
            }
            views.forEach(view -> result.add(LimitChart.of(limit, before, true, view)));
        }
        return result;
    }
}
