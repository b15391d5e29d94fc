package org.specloop.loop.policy;

import org.specloop.calculations.regression.LimitQuery;
import org.specloop.calculations.regression.LinearFit;
import org.specloop.calculations.transfer.TransferAnalysis;

import java.util.List;

/** Turns an analysis into the drawable, storable view. */
final class TransferViews {

    private TransferViews() {
    }

    static TransferFunctionView view(SpecTable.Design design, TransferAnalysis a, double temperature, LimitLine line,
                                     String key, Double effective, Double deadBand, List<TransferFunctionView.Point> points) {
        LinearFit f = a.fit();
        String requirement = a.relation().response() + (a.bound().requirement() == LimitQuery.Requirement.Y_AT_LEAST ? " >= " : " <= ")
                + a.bound().value() + " " + a.relation().responseUnit();
        return new TransferFunctionView(design.designId(), design.version(), design.requirements().specificationId(),
                a.relation().name(), a.relation().characteristic().name(), temperature, a.relation().characteristic().unit(),
                a.relation().response(), a.relation().responseUnit(), requirement, a.relation().model().name(),
                a.relation().physics(), a.status().name(), a.explanation() + line.note(), a.n(),
                f == null ? null : f.intercept(), f == null ? null : f.slope(),
                f == null || Double.isNaN(f.interceptStandardError()) ? null : f.interceptStandardError(),
                f == null ? null : f.slopeStandardError(), f == null ? null : f.rSquared(),
                f == null ? null : f.residualStandardError(), a.confidence(),
                a.side() == null ? null : a.side().name(), key, a.side() == null ? null : line.temperatureC(),
                a.derivedLimit(), line.proposed(), effective, deadBand,
                points, a.band(), points.stream().map(TransferFunctionView.Point::motorSerial).distinct().toList(),
                points.stream().flatMap(p -> p.lots().stream()).distinct().sorted().toList(), points.size());
    }
}
