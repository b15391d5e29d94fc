package org.specloop.app.deadletter;

import org.specloop.app.deadletter.DeadLetterViews.EvictResult;
import org.specloop.app.deadletter.DeadLetterViews.Eviction;
import org.specloop.app.deadletter.DeadLetterViews.GroupSummary;
import org.specloop.app.deadletter.DeadLetterViews.PageOf;
import org.specloop.app.deadletter.DeadLetterViews.RetryResult;
import org.specloop.app.deadletter.DeadLetterViews.SequenceView;
import org.specloop.infrastructure.web.ProblemResponses;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.util.List;
import java.util.Optional;

/** The dead letters of every processing group: see, retry, evict with a reason (ADMIN only, see EndpointRules). */
@RestController
class DeadLetterController {
    private final DeadLetterAdmin admin;

    DeadLetterController(DeadLetterAdmin admin) {
        this.admin = admin;
    }

    record RetryRequest(String sequence) {
    }

    record EvictRequest(String reason) {
    }

    @GetMapping("/api/dead-letters")
    List<GroupSummary> groups() {
        return admin.groups();
    }

    @GetMapping("/api/dead-letters/evictions")
    PageOf<Eviction> evictions(@RequestParam(required = false) String group,
                               @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return admin.evictions(group, page, size);
    }

    @GetMapping("/api/dead-letters/{group}")
    PageOf<SequenceView> sequences(@PathVariable String group,
                                   @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return admin.sequences(group, page, size);
    }

    /** Without a body (or without "sequence") every parked sequence of the group is retried. */
    @PostMapping("/api/dead-letters/{group}/retry")
    RetryResult retry(@PathVariable String group, @RequestBody(required = false) RetryRequest request) {
        return admin.retry(group, Optional.ofNullable(request).map(RetryRequest::sequence).filter(s -> !s.isBlank()));
    }

    /** {target} is an entry id (that entry) or a sequence identifier (all of its entries). */
    @PostMapping("/api/dead-letters/{group}/{target}/evict")
    EvictResult evict(@PathVariable String group, @PathVariable String target,
                      @RequestBody(required = false) EvictRequest request, Principal who) {
        List<Eviction> evicted = admin.evict(group, target, request == null ? null : request.reason(), who.getName());
        GroupSummary now = admin.groups().stream().filter(g -> g.group().equals(group)).findFirst()
                .orElse(new GroupSummary(group, 0, 0));
        return new EvictResult(group, evicted.size(), evicted, now.sequences(), now.events());
    }

    @ExceptionHandler(DeadLetterRefused.class)
    ProblemDetail refused(DeadLetterRefused e) {
        return ProblemResponses.problem(e.status, e.type, e.title, e.getMessage());
    }
}
