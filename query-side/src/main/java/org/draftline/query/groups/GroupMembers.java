package org.draftline.query.groups;

import org.draftline.api.ReferenceTable;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.group.GroupView.Member;

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
        Map<Delegation, List<Member>> members = new LinkedHashMap<>();
        ReferenceTable.read(GroupMembers.class, RESOURCE, HEADER, (fields, lineNumber) -> {
            Delegation group = Delegation.of(fields[0]);
            Delegation member = Delegation.of(fields[1]);
            if (!group.isGroup() || member.isGroup()) {
                throw ReferenceTable.malformed(RESOURCE, lineNumber, "a state of a group");
            }
            LocalDate until = fields[2].isBlank() ? null : LocalDate.parse(fields[2].strip());
            members.computeIfAbsent(group, key -> new ArrayList<>()).add(new Member(member, member.name(), until));
        });
        return new GroupMembers(members);
    }

    /** The group's known members, in the list's order; empty where none are listed. */
    List<Member> of(Delegation group) {
        return List.copyOf(members.getOrDefault(group, List.of()));
    }
}
