package org.specloop.calculations.motor.ieclass;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of classifying a measured efficiency: the highest IE class whose minimum it
 * meets, and every minimum that was considered, so that "IE3" and "below IE3, IE1 and IE2
 * not known" can be told apart.
 *
 * @param measuredPercent the efficiency that was classified, %
 * @param highestClassMet empty when no covered class is met, or when nothing is covered
 * @param minima          one entry per IE class, lowest class first
 */
public record IeClassification(double measuredPercent, Optional<IeClass> highestClassMet,
                               List<MinimumEfficiency> minima) {

    public IeClassification {
        minima = List.copyOf(minima);
    }

    /** False when neither table nor formula gives a minimum for any class at this rating. */
    public boolean covered() {
        return minima.stream().anyMatch(MinimumEfficiency.Covered.class::isInstance);
    }

    public Optional<MinimumEfficiency> minimumOf(IeClass ieClass) {
        return minima.stream().filter(m -> m.ieClass() == ieClass).findFirst();
    }
}
