package org.openrcm.deploy.stack;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@code stack.json} says about a running stack: the supervisor to stop, where each part answers, and the
 * pid of each process it runs.
 */
public record StackStatus(long pid, Instant startedAt, String logs, StackEndpoints endpoints,
        Map<String, Long> processes) {

    public static StackStatus of(StackSupervisor supervisor) {
        Map<String, Long> processes = new LinkedHashMap<>();
        supervisor.children().forEach(child -> processes.put(child.name(), child.pid()));
        return new StackStatus(ProcessHandle.current().pid(), Instant.now(),
                supervisor.layout().logsDir().toString(), supervisor.endpoints(), processes);
    }
}
