package org.openrcm.events;

/**
 * A domain event of the revenue cycle. Every event names the tenant (provider practice) it belongs to and the
 * aggregate it is about; the aggregate id is the Kafka key, so all events of one aggregate stay in order.
 */
public interface RcmEvent {

    String tenantId();

    String aggregateId();
}
