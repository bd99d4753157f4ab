package org.openrcm.coding.codeset;

/**
 * One ICD-10-CM convention over the codes from {@code first} to {@code last} (code prefixes, inclusive).
 *
 * @param value the excluded code prefix (EXCLUDES1), {@code min-max} years (AGE), F or M (SEX), else null
 */
public record ConventionRule(Rule rule, String first, String last, String value) {

    public enum Rule {
        EXCLUDES1, MANIFESTATION, SEVENTH_CHARACTER, AGE, SEX
    }

    /** Whether {@code code} falls in the range: at or after {@code first}, and its prefix not after {@code last}. */
    public boolean covers(String code) {
        return code.compareTo(first) >= 0
                && code.substring(0, Math.min(code.length(), last.length())).compareTo(last) <= 0;
    }

    /** Only for EXCLUDES1: whether the pair is the one this rule excludes, in either order. */
    public boolean excludes(String a, String b) {
        return covers(a) && b.startsWith(value) || covers(b) && a.startsWith(value);
    }

    public int minAge() {
        return Integer.parseInt(value.substring(0, value.indexOf('-')));
    }

    public int maxAge() {
        return Integer.parseInt(value.substring(value.indexOf('-') + 1));
    }
}
