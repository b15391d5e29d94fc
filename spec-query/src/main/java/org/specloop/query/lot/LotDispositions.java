package org.specloop.query.lot;

import org.specloop.contracts.lot.Disposition;

/**
 * How hold events move a lot's disposition, shared by the projection and the as-of fold so
 * that both tell the same story. A rejection is final; when the last hold is lifted the lot
 * waits for the aggregate to release it rather than being assumed good.
 */
final class LotDispositions {
    private LotDispositions() {
    }

    public static Disposition afterHeld(Disposition current) {
        return current == Disposition.REJECTED ? current : Disposition.HELD;
    }

    public static Disposition afterHoldLifted(Disposition current, int remainingHolds) {
        if (current != Disposition.HELD || remainingHolds > 0) {
            return current;
        }
        return Disposition.AWAITING_EVALUATION;
    }
}
