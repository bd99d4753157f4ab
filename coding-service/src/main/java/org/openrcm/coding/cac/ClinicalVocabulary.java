package org.openrcm.coding.cac;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The ICD-10-CM codes, descriptions and synonyms of {@value #RESOURCE}. */
public final class ClinicalVocabulary {

    static final String RESOURCE = "cac/icd10cm-vocabulary.tsv";

    private final Map<String, VocabularyEntry> entries;

    ClinicalVocabulary(List<VocabularyEntry> entries) {
        Map<String, VocabularyEntry> byCode = new LinkedHashMap<>();
        for (VocabularyEntry entry : entries) {
            if (byCode.putIfAbsent(entry.code(), entry) != null) {
                throw new IllegalArgumentException("Code " + entry.code() + " is listed twice");
            }
        }
        for (VocabularyEntry entry : entries) {
            for (String also : entry.codeAlso()) {
                if (!byCode.containsKey(also)) {
                    throw new IllegalArgumentException(entry.code() + " is reported with " + also
                            + ", which is not in the vocabulary");
                }
            }
        }
        this.entries = byCode;
    }

    public static ClinicalVocabulary load() {
        try (InputStream in = ClinicalVocabulary.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ClinicalVocabulary parse(BufferedReader reader) throws IOException {
        List<VocabularyEntry> entries = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length < 5 || fields.length > 6 || fields[0].isBlank() || fields[3].isBlank()) {
                throw new IllegalArgumentException(RESOURCE + " line " + number
                        + ": expected code, sex, ages, description, synonyms [, codes also] separated by tabs");
            }
            List<String> synonyms = fields[4].isBlank() ? List.of()
                    : Arrays.stream(fields[4].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            Integer minAge = null;
            Integer maxAge = null;
            if (!fields[2].isBlank()) {
                String[] ages = fields[2].split("-", -1);
                minAge = ages[0].isBlank() ? null : Integer.valueOf(ages[0]);
                maxAge = ages.length < 2 || ages[1].isBlank() ? null : Integer.valueOf(ages[1]);
            }
            List<String> codeAlso = fields.length < 6 || fields[5].isBlank() ? List.of()
                    : List.of(fields[5].strip().split("\\s*,\\s*"));
            entries.add(new VocabularyEntry(fields[0].strip(), fields[3].strip(), synonyms,
                    fields[1].isBlank() ? null : fields[1].strip(), minAge, maxAge, codeAlso));
        }
        return new ClinicalVocabulary(entries);
    }

    public List<VocabularyEntry> entries() {
        return List.copyOf(entries.values());
    }

    public Optional<VocabularyEntry> entry(String code) {
        return Optional.ofNullable(entries.get(code));
    }

    public int size() {
        return entries.size();
    }
}
