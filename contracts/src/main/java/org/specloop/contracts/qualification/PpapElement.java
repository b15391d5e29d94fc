package org.specloop.contracts.qualification;

import java.util.Locale;

/**
 * The 18 elements of an AIAG PPAP submission with the retention/submission table of the PPAP manual,
 * 4th edition (S = submit, R = retain, * = retain, submit on request), levels 1 to 5:
 * level 1 warrant only (and the appearance approval report), level 2 warrant with samples and limited
 * data, level 3 warrant with samples and complete data, level 4 as the customer defines, level 5
 * complete data reviewed at the supplier's site. Design records are those of a non-proprietary part.
 */
public enum PpapElement {
    DESIGN_RECORDS(1, "Design records", "RSS*R"),
    ENGINEERING_CHANGE_DOCUMENTS(2, "Authorized engineering change documents", "RSS*R"),
    CUSTOMER_ENGINEERING_APPROVAL(3, "Customer engineering approval", "RRS*R"),
    DESIGN_FMEA(4, "Design FMEA", "RRS*R"),
    PROCESS_FLOW_DIAGRAM(5, "Process flow diagram", "RRS*R"),
    PROCESS_FMEA(6, "Process FMEA", "RRS*R"),
    CONTROL_PLAN(7, "Control plan", "RRS*R"),
    MEASUREMENT_SYSTEM_ANALYSIS(8, "Measurement system analysis studies", "RRS*R"),
    DIMENSIONAL_RESULTS(9, "Dimensional results", "RSS*R"),
    MATERIAL_PERFORMANCE_TEST_RESULTS(10, "Material and performance test results", "RSS*R"),
    INITIAL_PROCESS_STUDIES(11, "Initial process studies", "RRS*R"),
    QUALIFIED_LABORATORY_DOCUMENTATION(12, "Qualified laboratory documentation", "RSS*R"),
    APPEARANCE_APPROVAL_REPORT(13, "Appearance approval report", "SSS*R"),
    SAMPLE_PRODUCTION_PARTS(14, "Sample production parts", "RSS*R"),
    MASTER_SAMPLE(15, "Master sample", "RRR*R"),
    CHECKING_AIDS(16, "Checking aids", "RRR*R"),
    CUSTOMER_SPECIFIC_REQUIREMENTS(17, "Records of compliance with customer-specific requirements", "RRS*R"),
    PART_SUBMISSION_WARRANT(18, "Part submission warrant (PSW)", "SSSSR");

    public static final int LOWEST_LEVEL = 1;
    public static final int HIGHEST_LEVEL = 5;

    private final int number;
    private final String title;
    private final String table;

    PpapElement(int number, String title, String table) {
        this.number = number;
        this.title = title;
        this.table = table;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    /** The plan item that asks for this element's evidence, e.g. "PPAP-04". */
    public String itemId() {
        return String.format(Locale.ROOT, "PPAP-%02d", number);
    }

    /**
     * Whether the element applies to a magnet at all: the appearance approval report is for parts with
     * appearance items (visible trim, colour, grain), which a magnet inside a motor is not.
     */
    public boolean appliesToMagnets() {
        return this != APPEARANCE_APPROVAL_REPORT;
    }

    public PpapRequirement requirementAt(int level) {
        if (level < LOWEST_LEVEL || level > HIGHEST_LEVEL) {
            throw new IllegalArgumentException("PPAP submission levels are 1 to 5, not " + level);
        }
        if (level == HIGHEST_LEVEL) {
            return PpapRequirement.REVIEW_ON_SITE;
        }
        return switch (table.charAt(level - 1)) {
            case 'S' -> PpapRequirement.SUBMIT;
            case '*' -> PpapRequirement.ON_REQUEST;
            default -> PpapRequirement.RETAIN;
        };
    }

    /** Evidence the customer must see before deciding: submitted elements, and every element reviewed on site. */
    public boolean plannedAt(int level) {
        PpapRequirement requirement = requirementAt(level);
        return appliesToMagnets() && (requirement == PpapRequirement.SUBMIT || requirement == PpapRequirement.REVIEW_ON_SITE);
    }

    public static PpapElement ofItemId(String itemId) {
        for (PpapElement element : values()) {
            if (element.itemId().equals(itemId)) {
                return element;
            }
        }
        return null;
    }
}
