package org.specloop.app.cluster;

import java.util.List;
import java.util.Map;

/**
 * How many segments of one processor each live node should hold, and how many this node gives up.
 * Pure arithmetic on what every node can see in the database (live nodes, segment owners), so all
 * nodes reach the same answer without talking to each other.
 *
 * <p>Shares: segments / nodes each, and the remainder one apiece to the first nodes in id order, so the
 * shares always add up to the segment count. A node releases only what it holds above its share, and
 * never more than the other live nodes lack: a segment given up with nobody to take it would just come
 * back after the release period, and a dead node (no longer live) must not attract segments.
 */
public final class FairShare {
    private FairShare() {
    }

    /**
     * @param liveNodes ids of the live nodes, sorted, without duplicates
     * @return the share of {@code node}, 0 when it is not live
     */
    public static int share(List<String> liveNodes, int segments, String node) {
        int rank = liveNodes.indexOf(node);
        if (rank < 0 || segments <= 0) {
            return 0;
        }
        int base = segments / liveNodes.size();
        return base + (rank < segments % liveNodes.size() ? 1 : 0);
    }

    /**
     * @param liveNodes ids of the live nodes, sorted, without duplicates; must contain {@code self}
     * @param owned     segments held per owner (owners that are not live are ignored)
     * @return how many of its segments {@code self} should release now
     */
    public static int toRelease(List<String> liveNodes, int segments, Map<String, Integer> owned, String self) {
        int excess = owned.getOrDefault(self, 0) - share(liveNodes, segments, self);
        if (excess <= 0) {
            return 0;
        }
        int lacking = 0;
        for (String node : liveNodes) {
            if (!node.equals(self)) {
                lacking += Math.max(0, share(liveNodes, segments, node) - owned.getOrDefault(node, 0));
            }
        }
        return Math.min(excess, lacking);
    }
}
