package org.openrcm.coding.api;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.openrcm.coding.codeset.CodeSetFileException;
import org.openrcm.coding.codeset.ReleaseAlreadyExistsException;
import org.openrcm.plumbing.web.Problem;
import org.openrcm.plumbing.web.ProblemResponses;

/** A code set file that cannot be imported: a 400 naming the line, or a 409 for a release imported before. */
public class CodeSetProblemMappers {

    @ServerExceptionMapper
    public Response badLine(CodeSetFileException exception) {
        return ProblemResponses.of(Problem.of("malformed-code-set-file", "Code set file cannot be imported", 400,
                exception.getMessage() + "; nothing of the release was stored",
                List.of(new Problem.Violation("line " + exception.lineNumber(), exception.getMessage()))));
    }

    @ServerExceptionMapper
    public Response duplicate(ReleaseAlreadyExistsException exception) {
        return ProblemResponses.of(Problem.of("release-exists", "Release already imported", 409,
                exception.getMessage()));
    }
}
