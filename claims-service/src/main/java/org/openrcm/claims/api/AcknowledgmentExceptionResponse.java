package org.openrcm.claims.api;

import java.time.Instant;

import org.openrcm.claims.acknowledgment.AcknowledgmentException;

/** One entry of the acknowledgment exception list. */
public record AcknowledgmentExceptionResponse(long id, String route, String fileName,
        AcknowledgmentException.Kind kind, String reference, String detail, Instant createdAt) {

    static AcknowledgmentExceptionResponse of(AcknowledgmentException exception) {
        return new AcknowledgmentExceptionResponse(exception.id(), exception.route(), exception.fileName(),
                exception.kind(), exception.reference(), exception.detail(), exception.createdAt());
    }
}
