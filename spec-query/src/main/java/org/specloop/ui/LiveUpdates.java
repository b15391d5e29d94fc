package org.specloop.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Server-sent "changed" events that make open pages refresh their tables. The signal is taken from
 * the read side itself (every projection appends to object_history), not from the event stream: a
 * page told to refresh then always finds the projection already written, never a stale row. The poll runs
 * every specloop.ui.live-poll (scheduled here rather than with @Scheduled, whose placeholder would need its
 * own copy of the default).
 */
@RestController
class LiveUpdates implements SchedulingConfigurer {
    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);
    static final String EVENT = "changed";
    private final NamedParameterJdbcTemplate jdbc;
    private final List<SseEmitter> listeners = new CopyOnWriteArrayList<>();
    private final Duration pollInterval;
    private volatile long lastSeen = -1;

    public LiveUpdates(NamedParameterJdbcTemplate jdbc, UiProperties properties) {
        this.jdbc = jdbc;
        this.pollInterval = properties.livePoll();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::poll, pollInterval);
    }

    @GetMapping("/ui/events")
    public SseEmitter subscribe() {
        SseEmitter emitter = new SseEmitter(Duration.ofMinutes(30).toMillis());
        emitter.onCompletion(() -> listeners.remove(emitter));
        emitter.onTimeout(emitter::complete);
        emitter.onError(e -> listeners.remove(emitter));
        listeners.add(emitter);
        return emitter;
    }

    public void poll() {
        Long newest = jdbc.queryForObject("SELECT MAX(entry_no) FROM object_history", new MapSqlParameterSource(), Long.class);
        long current = newest == null ? 0 : newest;
        if (lastSeen >= 0 && current != lastSeen) {
            broadcast(current);
        }
        lastSeen = current;
    }

    int listenerCount() {
        return listeners.size();
    }

    private void broadcast(long position) {
        for (SseEmitter emitter : listeners) {
            try {
                emitter.send(SseEmitter.event().name(EVENT).data(Long.toString(position)));
            } catch (IOException | IllegalStateException gone) {
                log.debug("live update listener went away", gone);
                listeners.remove(emitter);
            }
        }
    }
}
