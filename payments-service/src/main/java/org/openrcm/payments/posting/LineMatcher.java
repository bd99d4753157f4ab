package org.openrcm.payments.posting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

import org.openrcm.payments.claim.ExpectedClaimLine;
import org.openrcm.payments.remittance.ServiceLineRemittance;

/**
 * Finds the line of our claim each of the payer's service lines is about. In order of trust: the line control number
 * we sent (REF*6R, our line number); the code as we billed it (SVC06, when the payer changed it) with the same
 * modifiers; the adjudicated code with the same modifiers in any order; the same code whatever the modifiers (payers
 * drop and reorder them). Each of our lines is matched at most once; a line nothing fits stays unmatched (null).
 */
public final class LineMatcher {

    private LineMatcher() {
    }

    /** Our line number for each service line, in the service lines' order; null where none fits. */
    public static List<Integer> match(List<ServiceLineRemittance> serviceLines, List<ExpectedClaimLine> claimLines) {
        Integer[] matched = new Integer[serviceLines.size()];
        Set<Integer> used = new HashSet<>();
        if (claimLines.isEmpty()) {
            // Without our lines, only the number we sent can say which line it is.
            for (int i = 0; i < serviceLines.size(); i++) {
                matched[i] = lineNumber(serviceLines.get(i).lineControlNumber());
            }
            return Arrays.asList(matched);
        }
        for (int i = 0; i < serviceLines.size(); i++) {
            Integer number = lineNumber(serviceLines.get(i).lineControlNumber());
            if (number != null && !used.contains(number)
                    && claimLines.stream().anyMatch(line -> line.lineNumber() == number)) {
                matched[i] = number;
                used.add(number);
            }
        }
        List<BiPredicate<ServiceLineRemittance, ExpectedClaimLine>> rules = List.of(
                (svc, line) -> svc.submittedProcedureCode() != null
                        && svc.submittedProcedureCode().equals(line.procedureCode())
                        && Set.copyOf(svc.submittedModifiers()).equals(Set.copyOf(line.modifiers())),
                (svc, line) -> svc.procedureCode().equals(line.procedureCode())
                        && Set.copyOf(svc.modifiers()).equals(Set.copyOf(line.modifiers())),
                (svc, line) -> svc.submittedProcedureCode() != null
                        && svc.submittedProcedureCode().equals(line.procedureCode()),
                (svc, line) -> svc.procedureCode().equals(line.procedureCode()));
        for (BiPredicate<ServiceLineRemittance, ExpectedClaimLine> rule : rules) {
            for (int i = 0; i < serviceLines.size(); i++) {
                if (matched[i] != null) {
                    continue;
                }
                for (ExpectedClaimLine line : claimLines) {
                    if (!used.contains(line.lineNumber()) && rule.test(serviceLines.get(i), line)) {
                        matched[i] = line.lineNumber();
                        used.add(line.lineNumber());
                        break;
                    }
                }
            }
        }
        return new ArrayList<>(Arrays.asList(matched));
    }

    private static Integer lineNumber(String lineControlNumber) {
        if (lineControlNumber == null || !lineControlNumber.matches("[0-9]{1,4}")) {
            return null;
        }
        return Integer.valueOf(lineControlNumber);
    }
}
