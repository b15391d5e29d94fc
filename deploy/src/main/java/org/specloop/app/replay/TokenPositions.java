package org.specloop.app.replay;

import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.OptionalLong;

/**
 * Reads the token store itself rather than the processor's local status: a processor only knows the
 * segments it claimed on this node, while the token table shows every segment of the cluster, its
 * owner, its position and whether it is still replaying (a ReplayToken until it passes its reset point).
 */
final class TokenPositions {
    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    TokenPositions(JdbcTemplate jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** One stored segment: position -1 when the segment has not handled any event yet. */
    record Segment(int segment, String owner, long position, boolean replaying, long resetPosition) {
        /**
         * The segment at a position this node has handled and committed. A segment that only skips events
         * (none of them is its sequence's) stores its token at the next claim renewal, up to a second later;
         * the node that claims it knows its position at once, so the view shows it caught up when it is.
         */
        Segment advancedTo(long handled) {
            if (handled <= position) {
                return this;
            }
            return new Segment(segment, owner, handled, replaying && handled < resetPosition, resetPosition);
        }
    }

    List<Segment> of(String processor) {
        return jdbc.query("SELECT segment, owner, token, tokenType FROM token_entry WHERE processorName = ? ORDER BY segment",
                (rs, n) -> segment(rs.getInt(1), rs.getString(2), rs.getBytes(3), rs.getString(4)), processor);
    }

    /** The global index of the newest event; what a caught-up processor has reached. */
    long head() {
        Long head = jdbc.queryForObject("SELECT MAX(globalIndex) FROM domain_event_entry", Long.class);
        return head == null ? 0 : head;
    }

    private Segment segment(int segment, String owner, byte[] bytes, String type) {
        TrackingToken token = bytes == null || type == null ? null
                : serializer.deserialize(new SimpleSerializedObject<>(bytes, byte[].class, type, null));
        if (token instanceof ReplayToken replay) {
            // Axon keeps the replay token until an event beyond the reset point arrives; the replay itself
            // is over once the segment has reached the position the store had when it was reset
            long position = position(replay.getCurrentToken());
            long reset = position(replay.getTokenAtReset());
            return new Segment(segment, owner, position, position < reset, reset);
        }
        return new Segment(segment, owner, position(token), false, -1);
    }

    private static long position(TrackingToken token) {
        OptionalLong position = token == null ? OptionalLong.empty() : token.position();
        return position.orElse(-1);
    }
}
