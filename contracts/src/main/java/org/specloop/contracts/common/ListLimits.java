package org.specloop.contracts.common;

/**
 * The longest accepted list of each kind in a request, next to TextLimits and for the same reason: a
 * list without a bound lets one request put any number of rows into an event and the read models (or
 * answer with a million field errors). Every write path (REST, NDJSON, Kafka) refuses a longer list at
 * the edge through the command side's FieldErrors (the notification API through its own validator), and
 * the JSON Schemas of the ingest messages state the same maxItems (contracts SchemaListLimitsTest).
 * The numbers are far above what a real document holds and small enough that a list at the limit is
 * still one ordinary event.
 */
public final class ListLimits {
    /** Measured properties in one measurement (one sample at one temperature); there are 11 kinds, each at most once. */
    public static final int MEASURED_VALUES = 32;
    /** Measurements in one batch request: one transaction, small enough to keep a commit short. */
    public static final int MEASUREMENTS_PER_BATCH = 1000;
    /** Links of a lot's declared chain: one per tier, and there are six tiers. */
    public static final int CHAIN_LINKS = 6;
    /** Certificate references that come with a lot. */
    public static final int CERTIFICATE_REFERENCES = 50;
    /** Elements of a declared or specified composition. */
    public static final int COMPOSITION = 32;
    /** Characteristic limits of a specification revision (each property at several test temperatures). */
    public static final int CHARACTERISTIC_LIMITS = 200;
    /** Qualified sources of a specification revision's sourcing rules. */
    public static final int QUALIFIED_SOURCES = 500;
    /** Country exclusions of a specification revision's sourcing rules (six tiers, about 250 countries). */
    public static final int COUNTRY_EXCLUSIONS = 1500;
    /** Certificate kinds a specification revision's sourcing rules require per tier. */
    public static final int REQUIRED_CERTIFICATES = 60;
    /** Specifications or parts a supply source is registered as supplying. */
    public static final int SUPPLIES_TO = 500;
    /** Certificates registered with a supply source at once. */
    public static final int SOURCE_CERTIFICATES = 50;
    /** Source swaps an engineering change describes. */
    public static final int SOURCE_CHANGES = 60;
    /** Lots an engineering change names as affected when it is raised. */
    public static final int AFFECTED_LOTS = 1000;
    /** Items of evidence in a requalification plan. */
    public static final int PLAN_ITEMS = 100;
    /** Magnet lots installed in one motor on a test rig. */
    public static final int INSTALLED_LOTS = 100;
    /** Part numbers, specification ids or event types one notification subscription filters on (each list). */
    public static final int SUBSCRIPTION_FILTER = 500;
    /** Webhook secrets of a subscription: the current one, and the next one while keys are rotated. */
    public static final int WEBHOOK_SECRETS = 2;

    private ListLimits() {
    }
}
