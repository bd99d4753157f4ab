package org.openrcm.coding.domain;

import java.math.BigDecimal;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.openrcm.coding.cac.CodeSuggester;
import org.openrcm.coding.cac.CodeSuggestion;
import org.openrcm.coding.cac.SuggestionInput;
import org.openrcm.events.common.Diagnosis;

/**
 * Computer-assisted coding at intake. An encounter documented by a note alone gets the diagnoses the note supports
 * (the most confident first, as principal), and routing weighs the least confident of them. An encounter with the
 * provider's own diagnoses keeps them, and routing weighs how well the note supports the least supported one: a
 * superbill code the note never mentions is a coder's question, not an automatic claim.
 */
@ApplicationScoped
public class NoteCoding {

    /** At most this many diagnoses go on a claim (837P HI). */
    static final int MAX_DIAGNOSES = 12;

    /** The encounter as coding goes on with it, and the confidence routing weighs (null: no note, edits decide). */
    public record Assisted(NewEncounter encounter, BigDecimal confidence) {
    }

    private final CodeSuggester suggester;

    NoteCoding(CodeSuggester suggester) {
        this.suggester = suggester;
    }

    public Assisted assist(NewEncounter details) {
        if (details.note() == null || details.note().isBlank()) {
            return new Assisted(details, null);
        }
        Integer age = details.patient().birthDate() == null ? null
                : Period.between(details.patient().birthDate(), details.dateOfService()).getYears();
        List<CodeSuggestion> suggestions = suggester.suggest(new SuggestionInput(details.note(),
                details.dateOfService(), age, details.patient().sex()));
        if (details.diagnoses().isEmpty()) {
            if (suggestions.isEmpty()) {
                return new Assisted(details, null); // nothing to code: the edits send it to a coder
            }
            List<CodeSuggestion> chosen = suggestions.stream().limit(MAX_DIAGNOSES).toList();
            return new Assisted(details.withDiagnoses(chosen.stream().map(s -> new Diagnosis(undotted(s.code())))
                    .toList()), chosen.stream().map(CodeSuggestion::confidence).min(Comparator.naturalOrder())
                            .orElseThrow());
        }
        Map<String, BigDecimal> support = suggestions.stream().collect(Collectors.toMap(s -> undotted(s.code()),
                CodeSuggestion::confidence, BigDecimal::max));
        return new Assisted(details, details.diagnoses().stream()
                .map(diagnosis -> support.getOrDefault(diagnosis.code(), BigDecimal.ZERO))
                .min(Comparator.naturalOrder()).orElseThrow());
    }

    /** Our codes go without the dot, as X12 carries them. */
    private static String undotted(String code) {
        return code.replace(".", "");
    }
}
