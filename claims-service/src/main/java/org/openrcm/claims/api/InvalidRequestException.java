package org.openrcm.claims.api;

import java.util.List;

import org.openrcm.plumbing.web.Problem;

/** A request whose fields are each well-formed but which is invalid as a whole, e.g. a code listed twice. */
class InvalidRequestException extends RuntimeException {

    private final List<Problem.Violation> violations;

    InvalidRequestException(List<Problem.Violation> violations) {
        super(violations.size() + " field(s) are invalid");
        this.violations = List.copyOf(violations);
    }

    List<Problem.Violation> violations() {
        return violations;
    }
}
