package org.openrcm.claims.clearinghouse;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openrcm.events.EventJson;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Speaks the clearinghouse's thin JSON API: {@code POST {url}/submissions}, answered 202 with a receipt. Amounts
 * travel as decimal strings, as in the events.
 */
@ApplicationScoped
public class JsonClearinghouseGateway implements ClearinghouseGateway {

    record WireSubmission(String submissionId, String tenantId, List<WireClaim> claims) {
    }

    record WireClaim(String claimId, String payerId, String memberId, String patientId, BigDecimal totalCharge,
            LocalDate dateOfService, List<WireLine> lines) {
    }

    record WireLine(int lineNumber, String procedureCode, int units, BigDecimal charge) {
    }

    private final HttpClient client;
    private final URI submissions;
    private final Duration timeout;

    JsonClearinghouseGateway(@ConfigProperty(name = "rcm.clearinghouse.url") URI baseUrl,
            @ConfigProperty(name = "rcm.clearinghouse.timeout") Duration timeout) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.submissions = URI.create(baseUrl.toString().replaceAll("/+$", "") + "/submissions");
        this.timeout = timeout;
    }

    @Override
    public SubmissionReceipt submit(ClearinghouseSubmission submission) {
        HttpRequest request = HttpRequest.newBuilder(submissions).timeout(timeout)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body(submission))).build();
        HttpResponse<byte[]> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new ClearinghouseException("Clearinghouse unreachable at " + submissions + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClearinghouseException("Interrupted while sending to the clearinghouse", e);
        }
        if (response.statusCode() / 100 != 2) {
            // The body is not logged: a refusal may quote claim data back.
            throw new ClearinghouseException("Clearinghouse answered HTTP " + response.statusCode());
        }
        return receipt(submission, response.body());
    }

    static byte[] body(ClearinghouseSubmission submission) {
        WireSubmission wire = new WireSubmission(submission.submissionId(), submission.tenantId(),
                submission.claims().stream().map(claim -> new WireClaim(claim.claimId(), claim.coverage().payerId(),
                        claim.coverage().memberId(), claim.patient().patientId(), claim.totalCharge(),
                        claim.dateOfService(), claim.lines().stream()
                                .map(line -> new WireLine(line.lineNumber(), line.procedureCode(), line.units(),
                                        line.charge()))
                                .toList()))
                        .toList());
        try {
            return EventJson.mapper().writeValueAsBytes(wire);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write submission " + submission.submissionId(), e);
        }
    }

    private static SubmissionReceipt receipt(ClearinghouseSubmission submission, byte[] body) {
        try {
            return EventJson.mapper().readValue(body, SubmissionReceipt.class);
        } catch (IOException e) {
            // It took the batch (2xx); an unreadable receipt does not change that.
            return new SubmissionReceipt(submission.submissionId(), submission.claims().size());
        }
    }
}
