package org.draftline.command.web;

import org.draftline.api.delegation.Delegation;
import org.draftline.api.group.AwaitGroup;

import java.net.URI;
import java.time.Duration;

/** The answer to a group's command: which group, and its event sequence number after the command. */
record GroupCommandResult(String group, long sequence) implements CommandAnswer {

    @Override
    public Object awaitQuery(Duration timeout) {
        return new AwaitGroup(Delegation.recorded(group), sequence, timeout);
    }

    @Override
    public URI location() {
        return URI.create("/api/groups/" + group);
    }
}
