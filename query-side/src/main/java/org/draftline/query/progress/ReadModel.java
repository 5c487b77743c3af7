package org.draftline.query.progress;

/**
 * A read model run by an event processor of its own, named by its processing group: each gets Axon's
 * dead-letter queue ({@code ProjectionProcessing}) and is listed with the parked events.
 */
public interface ReadModel {

    String name();
}
