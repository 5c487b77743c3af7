package org.draftline.command.web;

/** The answer to a command: which document, and its event sequence number after the command. */
record CommandResult(String documentId, long sequence) {
}
