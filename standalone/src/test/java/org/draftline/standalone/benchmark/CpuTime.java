package org.draftline.standalone.benchmark;

import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time spent by this JVM (server and client alike) and by the PostgreSQL it talks to, so a run on a
 * shared machine can be judged by the work done per answer rather than by the time it waited for a core.
 * PostgreSQL's is read from Linux's {@code /proc}: the postmaster's own time, its reaped children's and
 * its living children's (the backends); NaN where that cannot be read (another system, an external server).
 */
public final class CpuTime {

    /** Linux counts process times in clock ticks; 100 a second on every common kernel. */
    private static final double TICKS_PER_SECOND = 100;

    private final long postmaster;

    private CpuTime(long postmaster) {
        this.postmaster = postmaster;
    }

    /** Finds the PostgreSQL server behind {@code jdbc} by the parent of the backend serving it. */
    public static CpuTime of(JdbcTemplate jdbc) {
        Integer backend = jdbc.queryForObject("SELECT pg_backend_pid()", Integer.class);
        long parent = -1;
        try {
            long[] fields = stat(backend == null ? -1 : backend);
            parent = fields == null ? -1 : fields[0];
        } catch (IOException | RuntimeException e) {
            parent = -1;
        }
        return new CpuTime(parent);
    }

    /** This JVM's CPU time so far, in milliseconds. */
    public static double processMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e6;
    }

    /** PostgreSQL's CPU time so far, in milliseconds (NaN when unknown). */
    public double postgresMillis() {
        if (postmaster <= 0) {
            return Double.NaN;
        }
        try {
            long[] own = stat(postmaster);
            if (own == null) {
                return Double.NaN;
            }
            long ticks = own[1] + own[2] + own[3] + own[4];
            try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
                for (Path process : (Iterable<Path>) processes::iterator) {
                    String name = process.getFileName().toString();
                    if (!name.chars().allMatch(Character::isDigit)) {
                        continue;
                    }
                    long[] child = stat(Long.parseLong(name));
                    if (child != null && child[0] == postmaster) {
                        ticks += child[1] + child[2];
                    }
                }
            }
            return ticks * 1000 / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Parent, utime, stime, cutime, cstime of a process; null when it is gone. */
    private static long[] stat(long pid) throws IOException {
        String line;
        try {
            line = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        } catch (java.nio.file.NoSuchFileException e) {
            return null;
        }
        // the command name in parentheses may hold spaces: count fields after its closing parenthesis
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
        return new long[]{Long.parseLong(fields[1]), Long.parseLong(fields[11]), Long.parseLong(fields[12]),
                Long.parseLong(fields[13]), Long.parseLong(fields[14])};
    }
}
