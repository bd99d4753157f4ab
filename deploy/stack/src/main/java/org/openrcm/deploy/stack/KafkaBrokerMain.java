package org.openrcm.deploy.stack;

import java.nio.file.Path;

import org.openrcm.deploy.infra.KraftBroker;

/**
 * The broker child of the stack: a KRaft Kafka broker with the cycle's topics, in a JVM of its own so that its
 * memory and threads stay apart from the supervisor's. Prints {@code READY bootstrap=<host:port>} once it serves;
 * stops on SIGTERM, and also when the process that started it goes away, so that no broker outlives its stack.
 */
public final class KafkaBrokerMain {

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) {
        Path dataDir = null;
        int port = 0;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--data-dir" -> dataDir = Path.of(args[i + 1]);
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        if (dataDir == null) {
            throw new IllegalArgumentException("Usage: KafkaBrokerMain --data-dir DIR [--port N]");
        }
        KraftBroker broker = KraftBroker.start(dataDir, port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.close();
            System.out.println("Kafka broker stopped");
        }, "broker-shutdown"));
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(0)));
        System.out.println("READY bootstrap=" + broker.bootstrapServers());
    }
}
