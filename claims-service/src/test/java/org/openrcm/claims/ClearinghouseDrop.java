package org.openrcm.claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The clearinghouse file drop of the application under test: a temporary root, with helpers to look at a tenant's
 * mailboxes and to drop acknowledgments into them as a clearinghouse would.
 */
public final class ClearinghouseDrop {

    public static final String DEFAULT_ROUTE = "default";

    /** Creates the root and points {@code rcm.clearinghouse.drop.root} at it. */
    public static final class Resource implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            try {
                root = Files.createTempDirectory("claims-drop-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("rcm.clearinghouse.drop.root", root.toString());
        }

        @Override
        public void stop() {
            try (Stream<Path> files = Files.walk(root)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static volatile Path root;

    private ClearinghouseDrop() {
    }

    public static Path mailbox(String tenant, String route, String box) {
        return root.resolve(tenant).resolve(route).resolve(box);
    }

    /** The files waiting in a mailbox directory (not hidden, not sub-directories), by name. */
    public static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isRegularFile).filter(path -> !path.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 837P files delivered to the tenant's default mailbox. */
    public static List<Path> outbound(String tenant) {
        return files(mailbox(tenant, DEFAULT_ROUTE, "outbound"));
    }

    /** Drops a file into the tenant's inbound mailbox the way a clearinghouse does: a hidden part, then a rename. */
    public static Path dropInbound(String tenant, String route, String name, byte[] content) {
        Path inbound = mailbox(tenant, route, "inbound");
        try {
            Files.createDirectories(inbound);
            Path part = inbound.resolve("." + name + ".part");
            Files.write(part, content);
            return Files.move(part, inbound.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the tenant's outbound mailbox unwritable (a file where its directory should be), as a broken share. */
    public static void breakOutbound(String tenant) {
        Path outbound = mailbox(tenant, DEFAULT_ROUTE, "outbound");
        try {
            Files.createDirectories(outbound.getParent());
            Files.write(outbound, new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void repairOutbound(String tenant) {
        try {
            Files.deleteIfExists(mailbox(tenant, DEFAULT_ROUTE, "outbound"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
