package org.specloop.calculations.spc;

/** The four Western Electric zone rules (Statistical Quality Control Handbook, 1956). */
public enum WesternElectricRule implements RunRule {
    RULE_1("one point beyond 3 sigma"),
    RULE_2("two out of three points beyond 2 sigma on the same side"),
    RULE_3("four out of five points beyond 1 sigma on the same side"),
    RULE_4("eight points in a row on one side of the center line");

    private final String description;

    WesternElectricRule(String description) {
        this.description = description;
    }

    @Override
    public String id() {
        return "WESTERN_ELECTRIC_" + (ordinal() + 1);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public boolean completesAt(double[] z, int i) {
        return switch (this) {
            case RULE_1 -> Math.abs(z[i]) > 3.0;
            case RULE_2 -> Patterns.beyondOnOneSide(z, i, 3, 2, 2.0);
            case RULE_3 -> Patterns.beyondOnOneSide(z, i, 5, 4, 1.0);
            case RULE_4 -> Patterns.sameSide(z, i, 8);
        };
    }
}
