package org.openrcm.coding.cac;

import java.math.BigDecimal;
import java.util.List;

/**
 * One ICD-10-CM code the note supports.
 *
 * @param code the code with its dot, e.g. {@code E11.65}
 * @param description the code's CMS description
 * @param confidence 0.00 to 1.00: how completely and how tightly the note's words cover the description or a
 *     synonym of the code, the best of its mentions
 * @param evidence every mention of the code in the note, in note order
 */
public record CodeSuggestion(String code, String description, BigDecimal confidence, List<TextSpan> evidence) {
}
