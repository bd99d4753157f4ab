package org.openrcm.coding.codeset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Answers from the code sets in force on a date of service: what one encounter's edits need, and code search. */
@ApplicationScoped
public class CodeSetLookup {

    private static final Pattern CODE_PREFIX = Pattern.compile("^[A-Z0-9]{1,7}$");
    private static final Pattern WORD = Pattern.compile("[^a-z0-9]+");
    private static final List<CodeSetKind> SEARCHED = List.of(CodeSetKind.ICD10CM, CodeSetKind.HCPCS,
            CodeSetKind.CPT);

    private final CodeSetRepository repository;
    /** A release never changes once imported, so its few hundred conventions are read once. */
    private final Map<Long, List<ConventionRule>> conventionsByRelease = new ConcurrentHashMap<>();

    CodeSetLookup(CodeSetRepository repository) {
        this.repository = repository;
    }

    /** The entries, edits, limits and conventions in force on {@code date} that concern these codes. */
    @Transactional
    public CodeSetSnapshot snapshot(String tenantId, LocalDate date, Collection<String> diagnosisCodes,
            Collection<String> procedureCodes) {
        Map<CodeSetKind, CodeSetRelease> inForce = repository.allInForce(tenantId, date);
        Map<String, CodeEntry> diagnoses = release(inForce, CodeSetKind.ICD10CM)
                .map(release -> repository.codes(release.id(), diagnosisCodes)).orElse(Map.of());
        Map<String, CodeEntry> procedures = new HashMap<>();
        Map<CodeSetKind, List<String>> byKind = procedureCodes.stream()
                .collect(Collectors.groupingBy(CodeSetSnapshot::procedureKind));
        byKind.forEach((kind, codes) -> release(inForce, kind)
                .ifPresent(release -> procedures.putAll(repository.codes(release.id(), codes))));
        List<PtpEdit> ptpEdits = procedureCodes.size() < 2 ? List.of() : release(inForce, CodeSetKind.NCCI_PTP)
                .map(release -> repository.ptpEdits(release.id(), procedureCodes, date)).orElse(List.of());
        Map<String, MueLimit> mues = release(inForce, CodeSetKind.MUE)
                .map(release -> repository.mueLimits(release.id(), procedureCodes)).orElse(Map.of());
        List<ConventionRule> conventions = release(inForce, CodeSetKind.CONVENTIONS)
                .map(release -> conventionsByRelease.computeIfAbsent(release.id(), repository::conventions))
                .orElse(List.of());
        Map<CodeSetKind, String> names = new EnumMap<>(CodeSetKind.class);
        inForce.forEach((kind, release) -> names.put(kind, release.name()));
        return new CodeSetSnapshot(date, diagnoses, procedures, ptpEdits, mues, conventions, names);
    }

    /**
     * Codes in force on {@code date} (ICD-10-CM, HCPCS and the tenant's CPT) matching {@code query} by code prefix
     * (with or without the dot) or by the words of their description.
     */
    @Transactional
    public List<CodeSearchHit> search(String tenantId, LocalDate date, String query, int page, int size) {
        Map<Long, CodeSetKind> releases = new LinkedHashMap<>();
        repository.allInForce(tenantId, date).forEach((kind, release) -> {
            if (SEARCHED.contains(kind)) {
                releases.put(release.id(), kind);
            }
        });
        String code = query.trim().toUpperCase().replace(".", "");
        List<String> words = new ArrayList<>();
        for (String word : WORD.split(query.toLowerCase())) {
            if (!word.isEmpty()) {
                words.add(word + ":*");
            }
        }
        return repository.search(releases, CODE_PREFIX.matcher(code).matches() ? code : "", String.join(" & ", words),
                page * size, size);
    }

    private static Optional<CodeSetRelease> release(Map<CodeSetKind, CodeSetRelease> inForce, CodeSetKind kind) {
        return Optional.ofNullable(inForce.get(kind));
    }
}
