package org.openrcm.claims.clearinghouse;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.openrcm.claims.config.ClearinghouseConfig;

/**
 * The clearinghouse mailboxes under the drop root: {@code <root>/<tenantId>/<route>/outbound|inbound}, each with
 * {@code processed/} and {@code quarantine/} beside the files (CONVENTIONS). Writers write a {@code .name.part}
 * file, force it to disk and rename it, so a reader never sees half a file.
 */
@ApplicationScoped
public class Mailboxes {

    public static final String OUTBOUND = "outbound";
    public static final String INBOUND = "inbound";
    public static final String PROCESSED = "processed";
    public static final String QUARANTINE = "quarantine";

    /** Route names are directory names; never anything that could climb out of the root. */
    private static final Pattern ROUTE = Pattern.compile("^[a-z0-9][a-z0-9-]{0,39}$");

    private final Path root;

    Mailboxes(ClearinghouseConfig config) {
        this.root = config.root().toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public Path directory(String tenantId, String route, String box) {
        if (!ROUTE.matcher(route).matches()) {
            throw new IllegalArgumentException("Not a route name: " + route);
        }
        return root.resolve(tenantId).resolve(route).resolve(box);
    }

    /** Writes {@code content} as {@code dir/name} all at once: a temporary name, forced to disk, then renamed. */
    public static void writeAtomically(Path dir, String name, byte[] content) throws IOException {
        Files.createDirectories(dir);
        Path part = dir.resolve("." + name + ".part");
        try (FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(java.nio.ByteBuffer.wrap(content));
            channel.force(true);
        }
        Files.move(part, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    /** Moves a taken file into {@code processed/} (or {@code quarantine/}) beside it, replacing a same-named one. */
    public static Path moveInto(Path file, String box) throws IOException {
        Path target = file.resolveSibling(box);
        Files.createDirectories(target);
        return Files.move(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }
}
