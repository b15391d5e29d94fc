package org.specloop.app.replay;

import org.specloop.infrastructure.web.ProblemResponses;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The operators' view of the event processors, and the replay of one projection (ADMIN only, see EndpointRules). */
@RestController
public class ProcessorController {
    private final ProcessorAdmin admin;

    public ProcessorController(ProcessorAdmin admin) {
        this.admin = admin;
    }

    @GetMapping("/api/admin/processors")
    public List<ProcessorView> list() {
        return admin.list();
    }

    @GetMapping("/api/admin/processors/{group}")
    public ProcessorView one(@PathVariable String group) {
        return admin.one(group).orElseThrow(() -> new ReplayRefused(HttpStatus.NOT_FOUND, "not-found",
                "No such processor", "no processing group is called '" + group + "'"));
    }

    /** Accepted, not done: the replay runs in the processor's threads; follow it in GET .../processors/{group}. */
    @PostMapping("/api/admin/processors/{group}/replay")
    public ResponseEntity<ProcessorView> replay(@PathVariable String group) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(admin.replay(group));
    }

    /** The token store could not be read in time (a pool exhausted by a busy store): try again, not a bug. */
    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessException.class})
    ProblemDetail storeBusy(RuntimeException e) {
        return ProblemResponses.problem(HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable",
                "The token store is unavailable", "processor positions could not be read; retry later");
    }

    @ExceptionHandler(ReplayRefused.class)
    ProblemDetail refused(ReplayRefused e) {
        return ProblemResponses.problem(e.status, e.type, e.title, e.getMessage());
    }
}
