package org.openrcm.plumbing.outbox;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready when the outbox has not been published for longer than {@code rcm.outbox.unhealthy-after}: the service
 * still accepts work (it is safe in the outbox), but operators must see that nothing leaves it. Parked rows are
 * shown as data without failing readiness: the rest of the service's events flow, and one refused row is no reason
 * to take a replica out of service.
 */
@Readiness
@ApplicationScoped
public class OutboxRelayHealthCheck implements HealthCheck {

    private final OutboxRelay relay;
    private final Duration unhealthyAfter;

    OutboxRelayHealthCheck(OutboxRelay relay, OutboxConfig config) {
        this.relay = relay;
        this.unhealthyAfter = config.unhealthyAfter();
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Outbox relay").up();
        relay.failingSince().ifPresent(since -> response
                .status(Duration.between(since, Instant.now()).compareTo(unhealthyAfter) < 0)
                .withData("failingSince", since.toString()));
        try {
            OutboxRelay.Parked parked = relay.parked();
            response.withData("parked", parked.count());
            if (parked.oldestSeq() != null) {
                response.withData("oldestParkedSeq", parked.oldestSeq());
            }
        } catch (RuntimeException databaseAway) {
            response.withData("parked", "unknown: " + databaseAway.getMessage());
        }
        return response.build();
    }
}
