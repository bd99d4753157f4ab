package org.openrcm.coding.api;

import java.util.List;

import org.openrcm.coding.cac.CodeSuggestion;

/** The codes the note supports, most confident first, each with the spans of the note that support it. */
public record SuggestionResponse(List<CodeSuggestion> suggestions) {
}
