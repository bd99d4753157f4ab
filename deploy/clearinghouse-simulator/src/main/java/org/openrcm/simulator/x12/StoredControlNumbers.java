package org.openrcm.simulator.x12;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.openrcm.simulator.drop.FileDrop;
import org.openrcm.x12.ControlNumbers;

/**
 * The simulator's interchange and group control numbers, kept in a small properties file so that a restarted
 * simulator never reuses one for the same sender/receiver pair (the practice's reader would take a reused ISA13 for
 * a repeat).
 */
public final class StoredControlNumbers implements ControlNumbers {

    private final Path file;
    private final Properties numbers = new Properties();

    public StoredControlNumbers(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try {
                numbers.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        }
    }

    @Override
    public long nextInterchange(String senderId, String receiverId) {
        return next("ISA|" + senderId + "|" + receiverId);
    }

    @Override
    public long nextGroup(String senderId, String receiverId) {
        return next("GS|" + senderId + "|" + receiverId);
    }

    private synchronized long next(String key) {
        long last = Long.parseLong(numbers.getProperty(key, "0"));
        long next = last % 999_999_999L + 1;
        numbers.setProperty(key, Long.toString(next));
        StringWriter text = new StringWriter();
        try {
            numbers.store(text, "Last control numbers used by the clearinghouse simulator");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write control numbers", e);
        }
        FileDrop.write(file.getParent(), file.getFileName().toString(), text.toString().getBytes(StandardCharsets.UTF_8));
        return next;
    }
}
