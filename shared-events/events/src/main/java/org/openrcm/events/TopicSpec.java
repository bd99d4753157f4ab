package org.openrcm.events;

/** A Kafka topic of the cycle and the partition count it is created with. */
public record TopicSpec(String name, int partitions) {
}
