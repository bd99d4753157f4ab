package org.openrcm.payments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The hand-built 835 files under {@code src/test/resources/x12}. Their patient control numbers start with the
 * placeholder {@code {P}}, replaced per test so that each test's claims are its own.
 */
public final class Fixtures835 {

    public static final String PLACEHOLDER = "{P}";

    private Fixtures835() {
    }

    /** The file with {@code {P}} replaced by {@code prefix}. */
    public static String text(String name, String prefix) {
        try (InputStream in = Fixtures835.class.getResourceAsStream("/x12/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).replace(PLACEHOLDER, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(String name, String prefix) {
        return text(name, prefix).getBytes(StandardCharsets.US_ASCII);
    }
}
