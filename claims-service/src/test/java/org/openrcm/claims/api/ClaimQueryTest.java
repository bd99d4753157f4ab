package org.openrcm.claims.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.openrcm.claims.domain.ClaimStatus;

class ClaimQueryTest {

    @Test
    void acceptsExactlyTheClaimStatuses() {
        assertThat(ClaimQuery.STATUSES.split("\\|"))
                .containsExactlyInAnyOrder(Arrays.stream(ClaimStatus.values()).map(Enum::name).toArray(String[]::new));
    }
}
