package org.specloop.bench.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A process's CPU time as Linux's /proc/&lt;pid&gt;/stat gives it, in clock ticks (10 ms). */
public final class ProcessCpu {

    private ProcessCpu() {
    }

    /** utime + stime of a /proc/&lt;pid&gt;/stat file. */
    public static long ticks(Path stat) throws IOException {
        return ticks(Files.readString(stat));
    }

    /** utime + stime of a stat line (fields 14 and 15; the name in parentheses may hold spaces). */
    public static long ticks(String statLine) {
        String[] fields = statLine.substring(statLine.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
