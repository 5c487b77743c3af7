package org.draftline.command.integrity;

/**
 * One row of {@code domainevententry} as stored, the columns the chain covers: text columns as the
 * database returns them, payload and metadata as their exact bytes.
 */
record StoredEvent(String aggregateIdentifier, long sequenceNumber, String type, String eventIdentifier,
                   String payloadType, String payloadRevision, String timestamp, byte[] payload, byte[] metadata) {
}
