package org.draftline.query.groups;

import org.draftline.api.delegation.Delegation;
import org.draftline.api.group.GroupView.Member;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The members of the groups whose membership is certain, from {@code group-members.tsv} beside this class
 * (group, member, and the last day of a member that has left): the European Union's 28 member states of
 * 2017 (the United Kingdom until 31 January 2020), Canada, Australia and New Zealand, and the five Nordic
 * countries. Other groups' members are not listed rather than guessed. A bad line fails the start.
 */
final class GroupMembers {

    static final String RESOURCE = "group-members.tsv";
    private static final String HEADER = "group\tmember\tuntil";

    private final Map<Delegation, List<Member>> members;

    private GroupMembers(Map<Delegation, List<Member>> members) {
        this.members = members;
    }

    static GroupMembers load() {
        InputStream in = GroupMembers.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + ": resource not found");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            if (!HEADER.equals(reader.readLine())) {
                throw new IllegalStateException(RESOURCE + " line 1: expected header '" + HEADER + "'");
            }
            Map<Delegation, List<Member>> members = new LinkedHashMap<>();
            int lineNumber = 1;
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length != 3) {
                    throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": expected 3 fields");
                }
                Delegation group = Delegation.of(fields[0]);
                Delegation member = Delegation.of(fields[1]);
                if (!group.isGroup() || member.isGroup()) {
                    throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": a state of a group");
                }
                LocalDate until = fields[2].isBlank() ? null : LocalDate.parse(fields[2].strip());
                members.computeIfAbsent(group, key -> new ArrayList<>())
                        .add(new Member(member, member.name(), until));
            }
            return new GroupMembers(members);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": cannot be read", e);
        }
    }

    /** The group's known members, in the list's order; empty where none are listed. */
    List<Member> of(Delegation group) {
        return List.copyOf(members.getOrDefault(group, List.of()));
    }
}
