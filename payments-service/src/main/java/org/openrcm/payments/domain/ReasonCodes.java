package org.openrcm.payments.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The claim adjustment reason codes (CARC) and remark codes (RARC) payers use most, with their published meaning
 * (resources {@code reason-codes/carc.tsv} and {@code rarc.tsv}). A code not in the table is still posted; it
 * just has no description.
 */
public final class ReasonCodes {

    private static final Map<String, String> CARC = new HashMap<>();
    private static final Set<String> DENIAL_CARC = new HashSet<>();
    private static final Map<String, String> RARC = new HashMap<>();

    static {
        load("/reason-codes/carc.tsv", columns -> {
            CARC.put(columns[0], columns[2]);
            if ("Y".equals(columns[1])) {
                DENIAL_CARC.add(columns[0]);
            }
        });
        load("/reason-codes/rarc.tsv", columns -> RARC.put(columns[0], columns[1]));
    }

    private ReasonCodes() {
    }

    public static Optional<String> adjustmentDescription(String carc) {
        return Optional.ofNullable(CARC.get(carc));
    }

    public static Optional<String> remarkDescription(String rarc) {
        return Optional.ofNullable(RARC.get(rarc));
    }

    /** A reason for which a claim paid nothing is a denial, to be worked, rather than an ordinary adjudication. */
    public static boolean isDenialReason(String carc) {
        return DENIAL_CARC.contains(carc);
    }

    private interface Row {
        void accept(String[] columns);
    }

    private static void load(String resource, Row row) {
        try (InputStream in = ReasonCodes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    row.accept(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
