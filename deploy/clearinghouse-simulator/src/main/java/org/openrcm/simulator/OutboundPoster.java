package org.openrcm.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * POSTs a document to a service until the service has it: a 2xx, or a 409 (it has it already, e.g. from an
 * earlier attempt whose answer was lost). Anything else, including a refused connection, is retried under the
 * {@link RetryPolicy}.
 */
final class OutboundPoster {

    private static final System.Logger LOG = System.getLogger(OutboundPoster.class.getName());
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client;
    private final ScheduledExecutorService scheduler;
    private final RetryPolicy retry;

    OutboundPoster(HttpClient client, ScheduledExecutorService scheduler, RetryPolicy retry) {
        this.client = client;
        this.scheduler = scheduler;
        this.retry = retry;
    }

    /**
     * @param what names the document in log lines
     * @return completes with true once delivered, with false when the last attempt failed
     */
    CompletableFuture<Boolean> post(URI uri, Map<String, String> headers, String contentType, byte[] body,
            String what) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        CompletableFuture<Boolean> delivered = new CompletableFuture<>();
        attempt(request.build(), what, 1, delivered);
        return delivered;
    }

    private void attempt(HttpRequest request, String what, int attempt, CompletableFuture<Boolean> delivered) {
        client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
            if (failure == null && isDelivered(response.statusCode())) {
                delivered.complete(true);
                return;
            }
            String outcome = failure != null ? describe(failure)
                    : "HTTP " + response.statusCode() + " " + abbreviate(response.body());
            if (attempt >= retry.maxAttempts()) {
                LOG.log(System.Logger.Level.ERROR, "Giving up on {0} to {1} after {2} attempts: {3}", what,
                        request.uri(), attempt, outcome);
                delivered.complete(false);
                return;
            }
            Duration delay = retry.delayAfter(attempt);
            LOG.log(System.Logger.Level.WARNING, "{0} to {1} failed (attempt {2}): {3}; retrying in {4} ms", what,
                    request.uri(), attempt, outcome, String.valueOf(delay.toMillis()));
            scheduler.schedule(() -> attempt(request, what, attempt + 1, delivered), delay.toMillis(),
                    TimeUnit.MILLISECONDS);
        });
    }

    private static boolean isDelivered(int status) {
        return status / 100 == 2 || status == 409;
    }

    /** The failure of the HTTP exchange itself (the client wraps it in a CompletionException). */
    private static String describe(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    private static String abbreviate(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "...";
    }
}
