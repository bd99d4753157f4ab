package org.openrcm.claims.api;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;

import org.openrcm.plumbing.web.Problem;

/**
 * Who is acting, for a claim's history: the {@value #HEADER} header until the security work puts the token's
 * subject behind this bean.
 */
@RequestScoped
public class CurrentUser {

    public static final String HEADER = "X-User";
    /** Recorded when a request names nobody. */
    static final String ANONYMOUS = "anonymous";
    private static final Pattern NAME = Pattern.compile("^[\\p{L}0-9 ._@'-]{1,100}$");

    private final HttpHeaders headers;

    CurrentUser(HttpHeaders headers) {
        this.headers = headers;
    }

    /** @throws InvalidRequestException when the header is not a plausible user name */
    public String name() {
        String user = headers.getHeaderString(HEADER);
        if (user == null || user.isBlank()) {
            return ANONYMOUS;
        }
        if (!NAME.matcher(user).matches()) {
            throw new InvalidRequestException(List.of(new Problem.Violation(HEADER,
                    "must be a user name: up to 100 letters, digits, spaces or . _ @ ' -")));
        }
        return user.strip();
    }
}
