package org.openrcm.plumbing.inbound;

import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;

/**
 * The channels' failure strategy ({@code failure-strategy=rcm-dead-letter-queue}): SmallRye's dead-letter queue,
 * configured by the same {@code dead-letter-queue.*} keys, except that a record whose processing was cut short by
 * shutdown is left unacknowledged instead of dead-lettered, so the next start processes it.
 */
@ApplicationScoped
@Identifier(ShutdownAwareDeadLetterQueue.NAME)
public class ShutdownAwareDeadLetterQueue implements KafkaFailureHandler.Factory {

    public static final String NAME = "rcm-dead-letter-queue";

    private static final Logger LOG = Logger.getLogger(ShutdownAwareDeadLetterQueue.class);

    private final KafkaFailureHandler.Factory deadLetterQueue;

    ShutdownAwareDeadLetterQueue(@Identifier("dead-letter-queue") KafkaFailureHandler.Factory deadLetterQueue) {
        this.deadLetterQueue = deadLetterQueue;
    }

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
            KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
        KafkaFailureHandler delegate = deadLetterQueue.create(config, vertx, consumer, reportFailure);
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                if (interrupted(reason)) {
                    LOG.infof("Left %s-%d@%d unacknowledged: processing was interrupted by shutdown",
                            record.getTopic(), record.getPartition(), record.getOffset());
                    return Uni.createFrom().voidItem();
                }
                return delegate.handle(record, reason, metadata);
            }

            @Override
            public void terminate() {
                delegate.terminate();
            }
        };
    }

    static boolean interrupted(Throwable reason) {
        for (Throwable cause = reason; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof ConsumptionInterruptedException) {
                return true;
            }
        }
        return false;
    }
}
