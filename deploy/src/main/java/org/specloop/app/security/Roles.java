package org.specloop.app.security;

import java.util.List;

/** The five roles of issue 7; docs/security.md gives the endpoints each one may use. */
public final class Roles {
    public static final String QUALITY_ENGINEER = "QUALITY_ENGINEER";
    public static final String APPROVER = "APPROVER";
    /** A test rig or a lab: a machine client that streams samples, receipts and measurements. */
    public static final String RIG = "RIG";
    public static final String OEM = "OEM";
    public static final String ADMIN = "ADMIN";
    /** People who read the engineering data; OEMs and machines see only their own part. */
    public static final String[] STAFF = {QUALITY_ENGINEER, APPROVER, ADMIN};
    public static final List<String> ALL = List.of(QUALITY_ENGINEER, APPROVER, RIG, OEM, ADMIN);

    private Roles() {
    }
}
