package org.specloop.notify.message;

import java.util.List;

/**
 * The CloudEvents types sent to OEMs. The version suffix is part of the type: a change that breaks
 * receivers gets a new type (…v2) sent next to the old one until OEMs have moved, never an in-place change.
 */
public final class NotificationTypes {
    public static final String REVISION_APPROVED = "org.specloop.spec.revision.approved.v1";
    public static final String REVISION_EFFECTIVE = "org.specloop.spec.revision.effective.v1";
    public static final String CHANGE_RAISED = "org.specloop.change.raised.v1";
    public static final String CHANGE_APPROVED = "org.specloop.change.approved.v1";
    public static final String CHANGE_REJECTED = "org.specloop.change.rejected.v1";
    public static final String LOT_HELD = "org.specloop.lot.held.v1";
    public static final String LOT_RELEASED = "org.specloop.lot.released.v1";
    public static final String LOT_REJECTED = "org.specloop.lot.rejected.v1";
    public static final String SOURCE_QUALIFICATION_CHANGED = "org.specloop.source.qualification.changed.v1";
    public static final String SOURCE_CERTIFICATE_EXPIRING = "org.specloop.source.certificate.expiring.v1";
    public static final String SOURCE_CERTIFICATE_EXPIRED = "org.specloop.source.certificate.expired.v1";

    public static final List<String> ALL = List.of(REVISION_APPROVED, REVISION_EFFECTIVE, CHANGE_RAISED, CHANGE_APPROVED,
            CHANGE_REJECTED, LOT_HELD, LOT_RELEASED, LOT_REJECTED, SOURCE_QUALIFICATION_CHANGED, SOURCE_CERTIFICATE_EXPIRING,
            SOURCE_CERTIFICATE_EXPIRED);

    private NotificationTypes() {
    }

    /** Where the JSON Schema of a type's data is published, relative to the server's base URL. */
    public static String schemaPath(String type) {
        return "/api/schemas/notifications/" + type + ".json";
    }
}
