package org.specloop.calculations.spc;

/** The eight Nelson rules (L. S. Nelson, J. Quality Technology 16(4), 1984). */
public enum NelsonRule implements RunRule {
    RULE_1("one point beyond 3 sigma"),
    RULE_2("nine points in a row on one side of the center line"),
    RULE_3("six points in a row steadily increasing or decreasing"),
    RULE_4("fourteen points in a row alternating up and down"),
    RULE_5("two out of three points beyond 2 sigma on the same side"),
    RULE_6("four out of five points beyond 1 sigma on the same side"),
    RULE_7("fifteen points in a row within 1 sigma on either side"),
    RULE_8("eight points in a row beyond 1 sigma on either side");

    private final String description;

    NelsonRule(String description) {
        this.description = description;
    }

    @Override
    public String id() {
        return "NELSON_" + (ordinal() + 1);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public boolean completesAt(double[] z, int i) {
        return switch (this) {
            case RULE_1 -> Math.abs(z[i]) > 3.0;
            case RULE_2 -> Patterns.sameSide(z, i, 9);
            case RULE_3 -> Patterns.trend(z, i, 6);
            case RULE_4 -> Patterns.alternating(z, i, 14);
            case RULE_5 -> Patterns.beyondOnOneSide(z, i, 3, 2, 2.0);
            case RULE_6 -> Patterns.beyondOnOneSide(z, i, 5, 4, 1.0);
            case RULE_7 -> Patterns.allInside(z, i, 15, 1.0, true);
            case RULE_8 -> Patterns.allInside(z, i, 8, 1.0, false);
        };
    }
}
