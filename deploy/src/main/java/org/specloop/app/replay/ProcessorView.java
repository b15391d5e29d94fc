package org.specloop.app.replay;

import java.util.List;

/**
 * One processing group as operators see it: whether it runs here, whether it may be replayed (and if
 * not, why), and where its segments stand against the head of the event store.
 *
 * @param position        the lowest position over its segments (-1 before the first event)
 * @param lag             events between that position and the head
 * @param replayPercent   how far a running replay got (the slowest segment against its reset point); 100 when idle
 */
public record ProcessorView(String name, boolean runningHere, boolean error, boolean replayable, String replayRefusal,
                            boolean replaying, double replayPercent, long position, long head, long lag,
                            List<SegmentView> segments) {

    /**
     * @param resetPosition where the replay ends for this segment (the head when it was reset); -1 when not replaying
     * @param claimedHere   this node processes the segment now
     */
    public record SegmentView(int segment, String owner, long position, boolean replaying, long resetPosition,
                              boolean claimedHere, Boolean caughtUp, String error) {
    }
}
