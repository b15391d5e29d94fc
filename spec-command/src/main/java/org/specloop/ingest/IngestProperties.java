package org.specloop.ingest;

import java.time.Duration;
import java.util.Map;
import org.specloop.contracts.ingest.IngestTopics;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * specloop.ingest.*: Kafka ingest is off by default so that the embedded mode runs without a
 * broker (HTTP ingest is always on); the brokers come from specloop.kafka.bootstrap-servers (docs/ingest.md).
 *
 * @param kafka ingest from the Kafka topics
 * @param rig   how rig runs become motor results
 */
@ConfigurationProperties(IngestProperties.PREFIX)
public record IngestProperties(@DefaultValue Kafka kafka, @DefaultValue Rig rig) {
    public static final String PREFIX = "specloop.ingest";

    /**
     * @param enabled        start the Kafka consumers (environment variable SPECLOOP_INGEST_KAFKA_ENABLED)
     * @param groupIdPrefix  consumer groups are prefix + "-rig", "-lot-receipts", "-lab-measurements"
     * @param topics         the topics read, and the dead-letter topic written
     * @param rigConsumers   consumer threads for the rig topics (useful up to their partition count; a run's
     *                       samples all go to one partition, so with few runs in flight give a node more threads
     *                       than cores, docs/ingest.md)
     * @param flushInterval  longest time consumed rig data waits in memory before state and offsets are stored
     * @param flushRecords   records after which state and offsets are stored even sooner
     * @param maxPollRecords records one poll of a consumer returns at most (Kafka's max.poll.records)
     * @param sessionTimeout how long the group waits for a silent consumer (a node killed) before its
     *                       partitions go to the others; Kafka's own default of 45 s is long for a cluster
     * @param maxRecordBytes a record value larger than this is dead-lettered unread (keep it below the
     *                       dead-letter topic's max.message.bytes, so that the parked record fits there)
     * @param startPaused    the consumers join their groups but read nothing until POST /api/admin/ingest/resume
     * @param consumer       Kafka consumer settings laid over SpecLoop's own (fetch sizes, security, ...), e.g.
     *                       consumer[fetch.max.wait.ms]=50; the group, client id, deserializers and offset commits
     *                       stay SpecLoop's
     */
    public record Kafka(@DefaultValue("false") boolean enabled,
                        @DefaultValue("specloop-ingest") String groupIdPrefix,
                        @DefaultValue Topics topics,
                        @DefaultValue("1") int rigConsumers,
                        @DefaultValue("1s") Duration flushInterval,
                        @DefaultValue("200000") int flushRecords,
                        @DefaultValue("5000") int maxPollRecords,
                        @DefaultValue("10s") Duration sessionTimeout,
                        @DefaultValue("524288") int maxRecordBytes,
                        @DefaultValue("false") boolean startPaused,
                        @DefaultValue Map<String, String> consumer) {
        public Kafka {
            consumer = Map.copyOf(consumer);
        }
    }

    /**
     * @param rigRuns         run control: RunStarted, OperatingPointChanged, RunFinished (key: run id)
     * @param rigSamples      rig samples (key: run id; same partition count as rig-runs)
     * @param lotReceipts     magnet lot receipts (key: lot id)
     * @param labMeasurements IEC 60404 lab measurements (key: lot id)
     * @param deadLetter      where refused records are parked with their reason
     */
    public record Topics(@DefaultValue(IngestTopics.RIG_RUNS) String rigRuns,
                         @DefaultValue(IngestTopics.RIG_SAMPLES) String rigSamples,
                         @DefaultValue(IngestTopics.LOT_RECEIPTS) String lotReceipts,
                         @DefaultValue(IngestTopics.LAB_MEASUREMENTS) String labMeasurements,
                         @DefaultValue(IngestTopics.DEAD_LETTER) String deadLetter) {
    }

    /**
     * @param dedupWindow          out-of-order sequences remembered per run (see SequenceWindow)
     * @param unknownRunGrace      how long a sample waits for its RunStarted before it is dead-lettered
     * @param parkLimit            samples waiting for their runs, at most, in memory; beyond it the samples
     *                             partition is held back
     * @param minimumIeClass       IE class the rated point must meet when the run's design sets none; empty for none
     * @param maxDemagnetizationLossPercent limit of the demagnetization test, percent of Ke lost, when the run's
     *                             design sets none
     * @param noLoadPercentOfRated a point whose abs(mean torque) is below this percentage of rated torque is no-load
     * @param magnetReferenceTemperatureC Ke is referred to this magnet temperature when samples carry
     *                             magnetTemperatureC: the temperature of the spec's Br line the loop fits Ke against
     * @param alphaBrPercentPerK   reversible temperature coefficient of Br used for that referral, %/K (NdFeB
     *                             about -0.09 to -0.12)
     */
    public record Rig(@DefaultValue("65536") int dedupWindow,
                      @DefaultValue("30s") Duration unknownRunGrace,
                      @DefaultValue("100000") int parkLimit,
                      @DefaultValue("IE3") String minimumIeClass,
                      @DefaultValue("1.0") Double maxDemagnetizationLossPercent,
                      @DefaultValue("1.0") double noLoadPercentOfRated,
                      @DefaultValue("20") double magnetReferenceTemperatureC,
                      @DefaultValue("-0.12") double alphaBrPercentPerK) {
    }
}
