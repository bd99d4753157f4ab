package org.openrcm.payments.api;

import jakarta.validation.constraints.Size;

/** A poster's note on a review action (release, refund, appeal ...). */
public record NoteRequest(@Size(max = 2000) String note) {
}
