package org.openrcm.deploy.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

/** CPU time of processes as Linux reports it in {@code /proc/<pid>/stat}, readable for any user's process. */
final class ProcessCpu {

    /** USER_HZ: the unit of utime and stime on Linux. */
    private static final long TICKS_PER_SECOND = 100;

    private ProcessCpu() {
    }

    /** @return user + system CPU time in milliseconds, empty where the process is gone */
    static OptionalLong cpuMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // "pid (comm) state ..." where comm may hold spaces: count fields after the closing parenthesis
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return OptionalLong.of(ticks * 1000 / TICKS_PER_SECOND);
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /** The pids of the processes whose command name is {@code comm}, e.g. every PostgreSQL backend. */
    static List<Long> pidsNamed(String comm) {
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            return entries.filter(entry -> entry.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(entry -> comm.equals(read(entry.resolve("comm")))).map(entry -> Long.parseLong(
                            entry.getFileName().toString())).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            return "";
        }
    }
}
