package org.specloop.ingest.transport.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.specloop.command.kernel.FieldError;
import org.specloop.command.kernel.RequestValidationException;
import org.specloop.contracts.common.ListLimits;
import org.specloop.contracts.ingest.IngestEndpoints;
import org.specloop.contracts.ingest.IngestTopics;
import org.specloop.infrastructure.web.CurrentActor;
import org.specloop.infrastructure.web.ProblemResponses;
import org.specloop.ingest.IngestMetrics;
import org.specloop.ingest.Refusal;
import org.specloop.ingest.parse.CsvTable;
import org.specloop.ingest.translate.CommandIngest;
import org.specloop.ingest.translate.LabCsv;
import org.specloop.ingest.translate.LabMessages;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A lab instrument's CSV export with the user's column mapping: each row becomes the message an NDJSON
 * line of POST /api/ingest/lab-measurements carries and goes the same way (LabMessages, CommandIngest),
 * so a row is refused for the same reason, in the same words, as that line would be. Like the NDJSON
 * batch, a bad row is refused with its reason and the good rows are stored: a lab re-sends the rows it
 * corrected, and since a row's measurement id is stable the rows already stored count once.
 */
@RestController
class LabCsvController {

    /** As many rows as a REST measurement batch may carry: a lab run, not a data migration. */
    static final int MAX_ROWS = ListLimits.MEASUREMENTS_PER_BATCH;

    private final CommandIngest commands;
    private final IngestMetrics metrics;
    private final CurrentActor actor;
    private final LabMessages messages;

    LabCsvController(CommandIngest commands, IngestMetrics metrics, CurrentActor actor, LabMessages messages) {
        this.commands = commands;
        this.metrics = metrics;
        this.actor = actor;
        this.messages = messages;
    }

    /** What became of one row; columns (message field to CSV column) only for a refused row, to find the cell. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LineOutcome(int line, String outcome, String lotId, String sampleId, String measurementId, String reason,
                       Map<String, String> columns) {
    }

    /** The NDJSON answer's counts and refusals, plus every row's outcome and the value columns read. */
    record CsvAnswer(int accepted, int duplicates, List<BatchAnswer.RefusedLine> refused, List<LineOutcome> lines,
                     List<LabCsv.ValueColumn> values) {
    }

    @PostMapping(path = IngestEndpoints.LAB_MEASUREMENTS_CSV, consumes = IngestEndpoints.CSV_MEDIA_TYPE)
    public CsvAnswer labMeasurements(@RequestBody(required = false) byte[] body,
                                                  @RequestParam(required = false) String lotId,
                                                  @RequestParam(required = false) String sampleId,
                                                  @RequestParam(required = false) String measuredAt,
                                                  @RequestParam(required = false) String testTemperature,
                                                  @RequestParam(required = false) String testTemperatureUnit,
                                                  @RequestParam(required = false) String measurementId,
                                                  @RequestParam(name = "value", required = false) List<String> values,
                                                  @RequestParam(required = false) String lab,
                                                  @RequestParam(required = false) String instrument,
                                                  @RequestParam(required = false) String method,
                                                  @RequestParam(required = false) String timeZone,
                                                  @RequestParam(defaultValue = "1") int headerLine) {
        String who = actor.name();
        if (headerLine < 1) {
            throw new RequestValidationException(List.of(new FieldError("headerLine", "must be 1 or more")));
        }
        CsvTable table;
        try {
            table = CsvTable.read(body == null ? new byte[0] : body, headerLine, MAX_ROWS); // TooManyRows: 413 below
        } catch (CsvTable.Unreadable e) {
            throw new RequestValidationException(List.of(new FieldError("body", e.getMessage())));
        }
        if (table.rows().isEmpty()) {
            throw new RequestValidationException(List.of(new FieldError("body", "holds a header but no rows")));
        }
        LabCsv csv = LabCsv.bind(new LabCsv.Mapping(lotId, sampleId, measuredAt, testTemperature, testTemperatureUnit,
                measurementId, values, lab, instrument, method, timeZone), table);
        int accepted = 0;
        int duplicates = 0;
        List<BatchAnswer.RefusedLine> refused = new ArrayList<>();
        List<LineOutcome> lines = new ArrayList<>(table.rows().size());
        for (CsvTable.Row row : table.rows()) {
            LabCsv.Line line = null;
            try {
                line = csv.line(row);
                if (commands.send(line.json(), messages::labMeasurement, who) == CommandIngest.Outcome.ACCEPTED) {
                    accepted++;
                    lines.add(new LineOutcome(row.line(), "accepted", line.lotId(), line.sampleId(), line.measurementId(),
                            null, null));
                } else {
                    duplicates++;
                    lines.add(new LineOutcome(row.line(), "duplicate", line.lotId(), line.sampleId(), line.measurementId(),
                            null, null));
                }
            } catch (Refusal e) {
                refused.add(new BatchAnswer.RefusedLine(row.line(), e.reason()));
                lines.add(new LineOutcome(row.line(), "refused", line == null ? null : line.lotId(),
                        line == null ? null : line.sampleId(), line == null ? null : line.measurementId(), e.reason(),
                        line == null ? null : line.columns()));
            }
        }
        metrics.count(IngestTopics.LAB_MEASUREMENTS, "accepted", accepted);
        metrics.count(IngestTopics.LAB_MEASUREMENTS, "duplicate", duplicates);
        metrics.count(IngestTopics.LAB_MEASUREMENTS, "refused", refused.size());
        return new CsvAnswer(accepted, duplicates, refused, lines, csv.values());
    }

    /** Too many rows is a size limit like the byte limit of RequestSizeLimitFilter: 413, naming the limit. */
    @ExceptionHandler(CsvTable.TooManyRows.class)
    ResponseEntity<ProblemDetail> tooManyRows(CsvTable.TooManyRows e) {
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.PAYLOAD_TOO_LARGE, "too-many-rows",
                "The file has too many rows", e.getMessage());
        problem.setProperty("maxRows", e.limit());
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
