package org.specloop.calculations.transfer;

import java.util.List;

/** One motor: the mean magnet property of its installed lots (x) and its result (y). */
public record TransferPoint(String motorSerial, List<String> lots, double x, double y) {

    public TransferPoint {
        lots = lots == null ? List.of() : List.copyOf(lots);
    }
}
