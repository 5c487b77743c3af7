package org.draftline.query.status;

import org.draftline.api.actor.Actor;
import org.draftline.api.actor.Role;
import org.draftline.api.document.DocumentId;
import org.draftline.api.document.Visibility;
import org.draftline.api.rules.NegotiationRule;
import org.draftline.api.rules.RuleViolation;
import org.draftline.platform.axon.QueryReader;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a members-only document keeps from observers: its input, proposals, compilation, the record of who
 * did what and why, and every printout of them. The query handlers ask here with the reader their query
 * carries ({@link QueryReader}), so the API, the pages, the reports and the exports refuse alike. A query
 * that names no reader is judged as an observer's.
 */
@Component
public class MembersOnly {

    /** Who reads everything: the secretariat, every delegation (co-facilitators among them), Draftline itself. */
    private static final Set<Role> MEMBERS = Set.of(Role.SECRETARIAT, Role.DELEGATE, Role.SYSTEM);

    private final DocumentStatusTable statuses;

    MembersOnly(DocumentStatusTable statuses) {
        this.statuses = statuses;
    }

    /**
     * Refuses {@code what} of a members-only document to a reader who is not a member; a document not
     * (yet) registered is left to the handler, whose answer is then not found.
     */
    public void require(DocumentId document, Map<String, ?> queryMetaData, String what) {
        if (!mayReadAll(document, queryMetaData)) {
            throw new RuleViolation(NegotiationRule.MEMBERS_ONLY, "'" + document + "' is open to members only: "
                    + "observers read its status, stages and drafts, not " + what);
        }
    }

    /** Whether the query's reader may read all of the document's negotiation. */
    public boolean mayReadAll(DocumentId document, Map<String, ?> queryMetaData) {
        return isMember(QueryReader.of(queryMetaData)) || visibility(document) == Visibility.PUBLIC;
    }

    /** Whether the query's reader reads every document whole, whatever its visibility. */
    public static boolean readsEverything(Map<String, ?> queryMetaData) {
        return isMember(QueryReader.of(queryMetaData));
    }

    private static boolean isMember(Optional<Actor> reader) {
        return reader.map(actor -> MEMBERS.contains(actor.role())).orElse(false);
    }

    private Visibility visibility(DocumentId document) {
        return statuses.find(document).map(status -> Visibility.orDefault(status.visibility)).orElse(Visibility.PUBLIC);
    }
}
