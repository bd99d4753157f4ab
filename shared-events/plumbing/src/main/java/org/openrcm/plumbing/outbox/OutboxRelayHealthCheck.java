package org.openrcm.plumbing.outbox;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready when the outbox has not been published for longer than {@code rcm.outbox.unhealthy-after}: the service
 * still accepts work (it is safe in the outbox), but operators must see that nothing leaves it.
 */
@Readiness
@ApplicationScoped
public class OutboxRelayHealthCheck implements HealthCheck {

    private final OutboxRelay relay;
    private final Duration unhealthyAfter;

    OutboxRelayHealthCheck(OutboxRelay relay,
            @ConfigProperty(name = "rcm.outbox.unhealthy-after", defaultValue = "2m") Duration unhealthyAfter) {
        this.relay = relay;
        this.unhealthyAfter = unhealthyAfter;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Outbox relay");
        return relay.failingSince()
                .map(since -> response.status(Duration.between(since, Instant.now()).compareTo(unhealthyAfter) < 0)
                        .withData("failingSince", since.toString()))
                .orElse(response.up())
                .build();
    }
}
