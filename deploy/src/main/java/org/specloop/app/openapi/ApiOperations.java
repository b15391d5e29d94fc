package org.specloop.app.openapi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The words of the OpenAPI document: tag, summary and description of every /api operation, keyed by
 * "METHOD path" as springdoc finds them. Kept here rather than as annotations on the controllers of
 * spec-command, spec-query and loop-feedback, which stay free of documentation libraries. An operation
 * missing from this table fails OpenApiDocumentTest, so a new endpoint is documented when it is added.
 */
final class ApiOperations {
    /** What a caller should know of one operation; {@code command} ones are stored in the event store. */
    record Doc(String tag, String summary, String description, boolean command) {
    }

    static final String SEARCH = "Search";
    static final String SPECIFICATIONS = "Specifications";
    static final String LOTS = "Lots";
    static final String CHANGES = "Engineering changes";
    static final String SOURCES = "Sources";
    static final String SOURCING = "Sourcing";
    static final String LOOP = "Loop";
    static final String MOTOR_DESIGNS = "Motor designs";
    static final String MOTOR_RESULTS = "Motor results";
    static final String NOTIFICATIONS = "Notifications";
    static final String CONTRACTS = "Contracts";
    static final String INGEST = "Ingest";
    static final String ADMIN = "Admin";
    static final String DEAD_LETTERS = "Dead letters";

    /** Tag names with their description, in the order a reader meets them. */
    static final Map<String, String> TAGS = new LinkedHashMap<>();

    static {
        TAGS.put(SEARCH, "Finding specifications, part numbers, lots, motors and sources by part of an id or name (docs/ui.md).");
        TAGS.put(SPECIFICATIONS, "Magnet specifications and their signed revisions (docs/security.md, signing).");
        TAGS.put(LOTS, "Lot receipts, measurements, dispositions and deviations (docs/lots.md).");
        TAGS.put(CHANGES, "Engineering changes: plan, evidence, approval and closure.");
        TAGS.put(SOURCES, "The supply source registry: mines, refiners, alloy and magnet makers (docs/sourcing.md).");
        TAGS.put(SOURCING, "Qualification, risk and disruption views over the sources (docs/sourcing.md).");
        TAGS.put(LOOP, "Closed-loop feedback: transfer functions, control charts, capability, proposals.");
        TAGS.put(MOTOR_DESIGNS, "Versioned motor designs and the magnet requirements they derive (docs/motors.md).");
        TAGS.put(MOTOR_RESULTS, "Motor test results by run, motor, design and lot (docs/motors.md).");
        TAGS.put(NOTIFICATIONS, "OEM subscriptions, their deliveries and grants (docs/notifications.md).");
        TAGS.put(CONTRACTS, "The published AsyncAPI documents and JSON Schemas; no sign-in needed.");
        TAGS.put(INGEST, "NDJSON ingest for rigs and labs (X-Api-Key), and lab CSV files; bad records are refused with their reason.");
        TAGS.put(ADMIN, "Processors and replay, Kafka ingest control, OEM grants (docs/operations.md, docs/replay.md).");
        TAGS.put(DEAD_LETTERS, "Parked events: list, retry, evict with a reason (docs/operations.md).");
    }

    private static final String SIGNED = " A signature: the body carries the signer's password again (re-authentication, "
            + "401 `signature-not-confirmed` otherwise), the signer must not be the author (409, rule `four-eyes`) "
            + "and a reason is required (rule `reason-required`). API keys cannot sign.";
    private static final String PUBLIC_REASON = " `reason` stays internal; the optional `publicReason` (at most 4000 "
            + "characters) is what subscribed OEMs are told, else a neutral standard text.";
    private static final String PAGED = " Paged: `page` (from 0) and `size`.";

    private static final Map<String, Doc> DOCS = new LinkedHashMap<>();

    static {
        // search
        query("GET /api/search", SEARCH, "Search everything",
                "What the workspace's search box finds for `q` (1 to 100 characters, else 400): specifications by id, part"
                        + " number, grade or title; part numbers of specifications and lots; lots by id; rig runs by motor"
                        + " serial; sources by id or name. Contains, ignoring case, `%` and `_` taken literally; per kind"
                        + " at most `perKind` items, an exact id first, with the `total` that matched.");
        // specifications
        query("GET /api/specifications", SPECIFICATIONS, "List specifications",
                "Specifications, filtered by part number and grade." + PAGED);
        command("POST /api/specifications", SPECIFICATIONS, "Create a specification",
                "Creates a specification with its first revision as a draft; 201 with its location.");
        query("GET /api/specifications/{id}", SPECIFICATIONS, "Get a specification",
                "The specification with all its revisions and their status.");
        query("GET /api/specifications/{id}/revisions/{revision}", SPECIFICATIONS, "Get one revision", null);
        query("GET /api/specifications/{id}/revisions/{revision}/record", SPECIFICATIONS, "Approval record of a revision (PDF)",
                "The revision's approval record as `application/pdf`: what changed against the revision it replaced, its"
                        + " limits, the control-chart evidence, and every signature with printed name, UTC time and meaning"
                        + " (21 CFR 11.50). Any other `Accept` is 406.");
        query("GET /api/specifications/{id}/history", SPECIFICATIONS, "Specification history",
                "What happened to the specification, event by event (who, what, when, why)." + PAGED);
        query("GET /api/specifications/{id}/effective", SPECIFICATIONS, "Revision effective at an instant",
                "The revision in force at `asOf` (default now), computed from the events.");
        query("GET /api/specifications/{id}/diff", SPECIFICATIONS, "Compare two revisions",
                "A field-by-field difference between revisions `from` and `to`.");
        command("POST /api/specifications/{id}/revisions", SPECIFICATIONS, "Draft a new revision",
                "Drafts the next revision with new content; going back to earlier content is a new revision too.");
        command("PUT /api/specifications/{id}/revisions/{revision}", SPECIFICATIONS, "Edit a draft revision",
                "Replaces the content and reason of a revision that is still a draft, checked as a new draft is;"
                        + " 409 revision-not-draft once it is proposed or decided.");
        command("POST /api/specifications/{id}/revisions/{revision}/discard", SPECIFICATIONS, "Discard a draft revision",
                "Drops a draft with a reason so that another can be drafted; its number is not reused. Only a draft:"
                        + " a proposal is withdrawn by rejecting it (409 revision-not-draft).");
        command("POST /api/specifications/{id}/revisions/{revision}/proposal", SPECIFICATIONS, "Propose a revision",
                "Submits a draft revision for approval.");
        command("POST /api/specifications/{id}/revisions/{revision}/approval", SPECIFICATIONS, "Approve a revision",
                "Signs the proposed revision with meaning APPROVED; it becomes effective at `effectiveFrom` (default now)."
                        + SIGNED);
        command("POST /api/specifications/{id}/revisions/{revision}/rejection", SPECIFICATIONS, "Reject a revision",
                "Rejects the proposed revision with a reason." + SIGNED);
        command("POST /api/specifications/{id}/revisions/{revision}/review", SPECIFICATIONS, "Review a revision",
                "Signs the proposed revision with meaning REVIEWED; its status does not change." + SIGNED);
        // lots
        query("GET /api/lots", LOTS, "List lots", "Lots, filtered by part number, disposition and supplier." + PAGED);
        command("POST /api/lots", LOTS, "Receive a lot",
                "Records a lot receipt with its declared supply chain; the lot is checked against its specification.");
        query("GET /api/lots/{lotId}", LOTS, "Get a lot",
                "The lot with its disposition, hold reasons and per-characteristic results.");
        query("GET /api/lots/{lotId}/measurements", LOTS, "List a lot's measurements",
                "Measurements of the lot, filtered by sample, characteristic and temperature." + PAGED);
        command("POST /api/lots/{lotId}/measurements", LOTS, "Record a measurement",
                "One lab measurement of a sample; the lot's conformance is re-evaluated.");
        command("POST /api/lots/{lotId}/measurements/batch", LOTS, "Record a batch of measurements",
                "Many measurements of one lot at once, validated together.");
        query("GET /api/lots/{lotId}/history", LOTS, "Lot history",
                "What happened to the lot, event by event." + PAGED);
        query("GET /api/lots/{lotId}/disposition", LOTS, "Disposition at an instant",
                "The lot's disposition as it was at `asOf` (default now), computed from the events.");
        command("POST /api/lots/{lotId}/hold", LOTS, "Hold a lot", "Puts the lot on hold with a reason." + PUBLIC_REASON);
        command("POST /api/lots/{lotId}/release", LOTS, "Release a lot",
                "Releases a conforming lot; a nonconforming one needs an approved deviation." + PUBLIC_REASON);
        command("POST /api/lots/{lotId}/rejection", LOTS, "Reject a lot", "Rejects the lot with a reason." + PUBLIC_REASON);
        command("POST /api/lots/{lotId}/deviations", LOTS, "Request a deviation",
                "Requests a material review disposition (use as is, rework, scrap, return to supplier).");
        query("GET /api/lots/{lotId}/deviations/{deviationId}", LOTS, "Get a deviation", null);
        command("POST /api/lots/{lotId}/deviations/{deviationId}/approval", LOTS, "Approve a deviation",
                "The material review signature." + SIGNED);
        command("POST /api/lots/{lotId}/deviations/{deviationId}/rejection", LOTS, "Reject a deviation",
                "Rejects the requested deviation." + SIGNED);
        // engineering changes
        query("GET /api/engineering-changes", CHANGES, "List engineering changes",
                "The change board, filtered by status, trigger and specification." + PAGED);
        command("POST /api/engineering-changes", CHANGES, "Raise an engineering change", null);
        query("GET /api/engineering-changes/{id}", CHANGES, "Get an engineering change",
                "The change with its requalification plan and evidence completeness.");
        query("GET /api/engineering-changes/{id}/history", CHANGES, "Engineering change history", PAGED.trim());
        query("GET /api/engineering-changes/{id}/record", CHANGES, "Approval record of a change (PDF)",
                "The change's approval record as `application/pdf`: trigger, source swaps, plan items with their evidence,"
                        + " first article, PPAP submission, escalation, and the decision signature with printed name, UTC time"
                        + " and meaning (21 CFR 11.50). Any other `Accept` is 406.");
        query("GET /api/engineering-changes/{id}/first-article", CHANGES, "Get the first article record",
                "The latest issue of a source change's AS9102 first article record: part, product and characteristic"
                        + " accountability, filled from the lots' measured values against the revision's limits.");
        query("GET /api/engineering-changes/{id}/ppap", CHANGES, "Get the PPAP submission",
                "The AIAG PPAP elements at the plan's submission level with status and evidence, and the warrant's status.");
        command("POST /api/engineering-changes/{id}/plan", CHANGES, "Plan a change", "Sets the requalification plan.");
        command("POST /api/engineering-changes/{id}/lots", CHANGES, "Attach a lot", "Attaches a lot to the change.");
        command("POST /api/engineering-changes/{id}/evidence", CHANGES, "Add evidence",
                "Records evidence for one item of the plan.");
        command("POST /api/engineering-changes/{id}/approval", CHANGES, "Approve a change",
                "Signs the change with meaning APPROVED; held lots it covers are re-evaluated." + PUBLIC_REASON + SIGNED);
        command("POST /api/engineering-changes/{id}/rejection", CHANGES, "Reject a change",
                "Rejects the change." + PUBLIC_REASON + SIGNED);
        command("POST /api/engineering-changes/{id}/closure", CHANGES, "Close a change", null);
        // sources and sourcing
        query("GET /api/sources", SOURCES, "List sources",
                "Registered sources, filtered by tier, country and expired certificates." + PAGED);
        command("POST /api/sources", SOURCES, "Register a source", null);
        query("GET /api/sources/{id}", SOURCES, "Get a source", null);
        query("GET /api/sources/{id}/history", SOURCES, "Source history", PAGED.trim());
        command("POST /api/sources/{sourceId}/certificates", SOURCES, "Add a certificate", null);
        command("POST /api/sources/{sourceId}/relocation", SOURCES, "Relocate a source",
                "Records a move to another country; specifications excluding that country hold its lots. Each"
                        + " specification that qualifies the source gets a source change requalifying it at the new site;"
                        + " its new lots join that change, held until it is approved.");
        command("POST /api/sources/{sourceId}/disqualification", SOURCES, "Disqualify a source",
                "Withdraws the source's qualification for every specification (reason required): its lots are"
                        + " held SOURCING_RULE naming it, and each specification that qualified it gets a source change.");
        query("GET /api/sources/risk", SOURCING, "Source risk", "Risk indicators per source.");
        query("GET /api/sourcing/qualifications", SOURCING, "Qualifications",
                "Which sources are qualified for which specifications.");
        query("GET /api/disruptions", SOURCING, "Disruption impact",
                "What a source, country or tier outage would touch.");
        // loop
        query("GET /api/loop/transfer-functions", LOOP, "Transfer functions",
                "Fitted relations from magnet characteristics to motor results: each scatter shows the newest `lastRuns`"
                        + " rig runs (500 unless asked for more), the fit, band, motors and lots are the whole relation's"
                        + " and `totalPoints` its number of runs (docs/loop.md).");
        query("GET /api/loop/proposals", LOOP, "Limit proposals", "Specification limit proposals by status.");
        query("GET /api/loop/proposals/{specificationId}", LOOP, "Proposals for a specification", null);
        query("GET /api/loop/control-charts", LOOP, "Control chart",
                "A control chart of one characteristic per source and part: the newest `lastLots` lots (500 unless"
                        + " asked for more), with the limits, phases and `totalPoints` of the whole chart (docs/loop.md).");
        query("GET /api/loop/capability", LOOP, "Process capability", "Cp and Cpk of one characteristic.");
        // motors
        query("GET /api/motor-designs", MOTOR_DESIGNS, "List motor designs", PAGED.trim());
        command("POST /api/motor-designs", MOTOR_DESIGNS, "Define a motor design", null);
        query("GET /api/motor-designs/{id}", MOTOR_DESIGNS, "Get a motor design", null);
        query("GET /api/motor-designs/{id}/versions", MOTOR_DESIGNS, "List design versions", null);
        query("GET /api/motor-designs/{id}/versions/{version}", MOTOR_DESIGNS, "Get one design version", null);
        query("GET /api/motor-designs/{id}/history", MOTOR_DESIGNS, "Motor design history", PAGED.trim());
        command("POST /api/motor-designs/{id}/requirements", MOTOR_DESIGNS, "Revise the requirements",
                "A new version of the design's magnet requirements, with a reason.");
        query("GET /api/motor-results/runs/{runId}", MOTOR_RESULTS, "Results of a rig run", null);
        query("GET /api/motor-results/motors/{serial}", MOTOR_RESULTS, "Results of a motor", PAGED.trim());
        query("GET /api/motor-results/designs/{designId}", MOTOR_RESULTS, "Results of a design", PAGED.trim());
        query("GET /api/motor-results/lots/{lotId}", MOTOR_RESULTS, "Results of a magnet lot", PAGED.trim());
        // notifications
        query("GET /api/subscriptions", NOTIFICATIONS, "List my subscriptions", null);
        write("POST /api/subscriptions", NOTIFICATIONS, "Subscribe",
                "A webhook or Kafka subscription within the account's grants; 201 with its location.");
        query("GET /api/subscriptions/{id}", NOTIFICATIONS, "Get a subscription", null);
        write("DELETE /api/subscriptions/{id}", NOTIFICATIONS, "Delete a subscription", null);
        write("POST /api/subscriptions/{id}/enable", NOTIFICATIONS, "Enable a subscription",
                "Re-enables a subscription that was disabled (after 410 or too many failures).");
        write("PUT /api/subscriptions/{id}/secrets", NOTIFICATIONS, "Rotate signing secrets",
                "Replaces the webhook signing secrets; deliveries are signed with each during the overlap.");
        query("GET /api/subscriptions/{subscriptionId}/deliveries", NOTIFICATIONS, "List deliveries", null);
        query("GET /api/subscriptions/{subscriptionId}/deliveries/{deliveryId}", NOTIFICATIONS, "Get a delivery", null);
        write("POST /api/subscriptions/{subscriptionId}/deliveries/{deliveryId}/replay", NOTIFICATIONS,
                "Replay a delivery", "Sends the notification again.");
        query("GET /api/grants", NOTIFICATIONS, "My grants", "What this OEM account may follow.");
        // contracts
        query("GET /api/asyncapi/{name}", CONTRACTS, "AsyncAPI document", "A published AsyncAPI document by name.");
        query("GET /api/schemas/{file}", CONTRACTS, "Ingest JSON Schema",
                "A JSON Schema of an ingest message, as the ingest AsyncAPI document references it.");
        query("GET /api/schemas/{group}/{file}", CONTRACTS, "JSON Schema", "A JSON Schema the AsyncAPI documents reference.");
        // ingest
        for (String kind : new String[]{"rig-samples", "rig-runs", "lot-receipts", "lab-measurements"}) {
            command("POST /api/ingest/" + kind, INGEST, "Ingest " + kind.replace('-', ' ') + " (NDJSON)",
                    "One JSON record per line (application/x-ndjson); each record is validated like its REST and "
                            + "Kafka counterpart, and a bad record is parked as a dead letter with its reason.");
        }
        command("POST /api/ingest/lab-measurements/csv", INGEST, "Import a lab instrument's CSV file",
                "A `text/csv` file, a row per sample and temperature with a column per characteristic (docs/ingest.md);"
                        + " the query parameters map columns to fields, else the header's usual names (Lot, Sample,"
                        + " Measured at, Temperature, `HcJ [kA/m]` ...) are taken. Each row becomes the message an NDJSON"
                        + " line of `/api/ingest/lab-measurements` carries and is validated and stored the same way: good"
                        + " rows are stored, each bad row is reported with its line and reason. At most 1000 rows (413"
                        + " `too-many-rows`); another Content-Type is 415 `http-415`. Lab (X-Api-Key) or quality engineer.");
        // admin
        query("GET /api/admin/processors", ADMIN, "List event processors", "Processors with their position and lag.");
        query("GET /api/admin/processors/{group}", ADMIN, "Get an event processor", null);
        write("POST /api/admin/processors/{group}/replay", ADMIN, "Replay a processor",
                "Rebuilds the processor's read side from the events (docs/replay.md).");
        query("GET /api/admin/ingest", ADMIN, "Kafka ingest state", null);
        write("POST /api/admin/ingest/pause", ADMIN, "Pause Kafka ingest",
                "409 `kafka-ingest-disabled` on a node without Kafka ingest.");
        write("POST /api/admin/ingest/resume", ADMIN, "Resume Kafka ingest",
                "409 `kafka-ingest-disabled` on a node without Kafka ingest.");
        query("GET /api/admin/oem-grants", ADMIN, "List OEM grants", null);
        query("GET /api/admin/oem-grants/{oem}", ADMIN, "Get an OEM's grants", null);
        query("GET /api/admin/oem-grants/{oem}/history", ADMIN, "OEM grant history", null);
        write("POST /api/admin/oem-grants/{oem}", ADMIN, "Grant to an OEM", "Grants parts and specifications to follow.");
        write("POST /api/admin/oem-grants/{oem}/revocation", ADMIN, "Revoke an OEM grant", null);
        // dead letters
        query("GET /api/dead-letters", DEAD_LETTERS, "Dead-letter groups", "Parked sequences per processing group.");
        query("GET /api/dead-letters/{group}", DEAD_LETTERS, "Parked sequences of a group", PAGED.trim());
        query("GET /api/dead-letters/evictions", DEAD_LETTERS, "Evictions", "Evicted dead letters with their reason." + PAGED);
        write("POST /api/dead-letters/{group}/retry", DEAD_LETTERS, "Retry a group", "Processes the parked events again.");
        write("POST /api/dead-letters/{group}/{target}/evict", DEAD_LETTERS, "Evict a sequence",
                "Drops a parked sequence with a recorded reason.");
    }

    private ApiOperations() {
    }

    static Optional<Doc> of(String method, String path) {
        return Optional.ofNullable(DOCS.get(method + " " + path));
    }

    private static void query(String key, String tag, String summary, String description) {
        put(key, new Doc(tag, summary, description, false));
    }

    private static void command(String key, String tag, String summary, String description) {
        put(key, new Doc(tag, summary, description, true));
    }

    /** A change that is not an event-sourced command (subscriptions, grants, operations). */
    private static void write(String key, String tag, String summary, String description) {
        put(key, new Doc(tag, summary, description, false));
    }

    private static void put(String key, Doc doc) {
        if (DOCS.put(key, doc) != null) {
            throw new IllegalStateException("documented twice: " + key);
        }
    }
}
