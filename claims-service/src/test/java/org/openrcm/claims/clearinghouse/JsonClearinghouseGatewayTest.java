package org.openrcm.claims.clearinghouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openrcm.events.EventJson;
import org.openrcm.events.common.Address;
import org.openrcm.events.common.ClaimLine;
import org.openrcm.events.common.Coverage;
import org.openrcm.events.common.Patient;

import com.fasterxml.jackson.databind.JsonNode;

class JsonClearinghouseGatewayTest {

    @Test
    void writesTheThinJsonWithAmountsAsDecimalStringsAndNoDemographics() throws Exception {
        ClearinghouseSubmission submission = new ClearinghouseSubmission("S-1", "t1",
                new ClearinghouseSubmission.BillingProvider("1245319599", "Sunrise", "123456789",
                        new Address("1 Main St", null, "Springfield", "IL", "62701")),
                List.of(new ClearinghouseSubmission.Claim("c-1",
                        new Patient("P-1", "Jo", "Doe", LocalDate.of(1980, 1, 1), "F",
                                new Address("2 Elm St", null, "Springfield", "IL", "62701")),
                        new Coverage("BCBS01", "Blue Cross", "M-9", null, "18", "CI"), "1234567893",
                        LocalDate.of(2026, 11, 20), "11", List.of("E119"),
                        List.of(new ClaimLine(1, "99213", List.of(), 2, new BigDecimal("250.00"), List.of(1))),
                        new BigDecimal("250.00"))));

        JsonNode body = EventJson.mapper().readTree(JsonClearinghouseGateway.body(submission));

        assertThat(body.toString()).isEqualTo("{\"submissionId\":\"S-1\",\"tenantId\":\"t1\",\"claims\":[{"
                + "\"claimId\":\"c-1\",\"payerId\":\"BCBS01\",\"memberId\":\"M-9\",\"patientId\":\"P-1\","
                + "\"totalCharge\":\"250.00\",\"dateOfService\":\"2026-11-20\",\"lines\":[{\"lineNumber\":1,"
                + "\"procedureCode\":\"99213\",\"units\":2,\"charge\":\"250.00\"}]}]}");
    }
}
