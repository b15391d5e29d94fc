package org.specloop.query.motorresult.http;

import org.specloop.query.motorresult.MotorResultReadModel;
import org.specloop.query.motorresult.RunResult;
import org.specloop.query.shared.Page;
import org.specloop.query.shared.PageQuery;
import org.specloop.query.shared.Requests;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Motor results read four ways: one rig run, every run of a motor (by serial), of a design, and of the
 * motors that carry a magnet lot. Each run comes with its points' results and per-requirement verdicts.
 * An id nothing was recorded for answers an empty page, since results may simply not have arrived yet.
 */
@RestController
@RequestMapping("/api/motor-results")
class MotorResultQueryController {
    private final MotorResultReadModel results;

    MotorResultQueryController(MotorResultReadModel results) {
        this.results = results;
    }

    @GetMapping("/runs/{runId}")
    public RunResult run(@PathVariable String runId) {
        return results.run(runId).orElseThrow(() -> Requests.notFound("no motor results for run '" + runId + "'"));
    }

    @GetMapping("/motors/{serial}")
    public Page<RunResult> motor(@PathVariable String serial, @RequestParam(required = false) String page,
                                 @RequestParam(required = false) String size, @RequestParam(required = false) String sort) {
        return results.byMotor(serial, query(page, size, sort));
    }

    @GetMapping("/designs/{designId}")
    public Page<RunResult> design(@PathVariable String designId, @RequestParam(required = false) String page,
                                  @RequestParam(required = false) String size, @RequestParam(required = false) String sort) {
        return results.byDesign(designId, query(page, size, sort));
    }

    @GetMapping("/lots/{lotId}")
    public Page<RunResult> lot(@PathVariable String lotId, @RequestParam(required = false) String page,
                               @RequestParam(required = false) String size, @RequestParam(required = false) String sort) {
        return results.byLot(lotId, query(page, size, sort));
    }

    private static PageQuery query(String page, String size, String sort) {
        return PageQuery.parse(page, size, sort, MotorResultReadModel.SORTABLE, "startedAt,desc");
    }
}
