package org.draftline.query.reports;

import org.springframework.web.util.UriUtils;
import java.nio.charset.StandardCharsets;
import org.draftline.api.ReadableTimes;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.draftline.api.InvalidValue;
import org.draftline.api.compilation.Compilation;
import org.draftline.api.compilation.FindCompilation;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.DocumentId;
import org.draftline.api.document.Visibility;
import org.draftline.api.history.HistoryEntry;
import org.draftline.api.integrity.IntegrityCheck;
import org.draftline.api.report.RenderReport;
import org.draftline.api.report.RenderedReport;
import org.draftline.api.report.ReportKind;
import org.draftline.api.rules.NegotiationRule;
import org.draftline.api.status.DocumentStatus;
import org.draftline.api.status.FindDocuments;
import org.draftline.platform.web.NotFound;
import org.draftline.query.history.HistoryCheck;
import org.draftline.query.history.RecordedEvents;
import org.draftline.query.integrity.IntegrityChecks;
import org.draftline.query.history.RecordedEvents.Recorded;
import org.draftline.query.status.MembersOnly;
import org.draftline.query.status.StatusReplay;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Generates the reports from the read models: the audit trail as of the report's date (the status is
 * replayed from it, so a past date shows the document as it stood), the compilation for take-up.
 */
@Component
class Reports {

    private final RecordedEvents recordedEvents;
    private final QueryGateway queries;
    private final ReportRenderer renderer;
    private final IntegrityChecks integrity;
    private final HistoryCheck historyCheck;
    private final MembersOnly membersOnly;

    Reports(RecordedEvents recordedEvents, QueryGateway queries, ReportRenderer renderer, IntegrityChecks integrity,
            HistoryCheck historyCheck, MembersOnly membersOnly) {
        this.recordedEvents = recordedEvents;
        this.queries = queries;
        this.renderer = renderer;
        this.integrity = integrity;
        this.historyCheck = historyCheck;
        this.membersOnly = membersOnly;
    }

    /** The audit-trail rows a report was built from, so its seal can say whether they are the events'. */
    private record Used(long writtenUpTo, Instant asOf, List<Recorded> record) {
    }

    @QueryHandler
    RenderedReport handle(RenderReport request, MetaData reader) {
        if (request.kind() != ReportKind.DELEGATION_ACTIVITY) {
            membersOnly.require(DocumentId.of(request.subject()), reader, "its reports, which tell who did what");
        }
        Map<DocumentId, Used> used = new LinkedHashMap<>();
        Report built = build(request, used, reader);
        Report report = built.withIntegrity(seals(request, used, reader)).withHome(home(request));
        String fileName = report.kind() + "-" + request.subject() + "." + request.format().extension();
        return new RenderedReport(request.format().mediaType(), fileName, renderer.render(report, request.format()));
    }

    /** The page a report is about, which its HTML links back to. */
    private static Report.Link home(RenderReport request) {
        String subject = UriUtils.encodePathSegment(request.subject(), StandardCharsets.UTF_8);
        return request.kind() == ReportKind.DELEGATION_ACTIVITY
                ? new Report.Link("/delegations/" + subject, "Back to the delegation's page")
                : new Report.Link("/documents/" + subject, "Back to the document");
    }

    private List<Report.Seal> seals(RenderReport request, Map<DocumentId, Used> used, MetaData reader) {
        List<DocumentId> documents = request.kind() == ReportKind.DELEGATION_ACTIVITY
                ? readable(reader).stream().map(DocumentStatus::id)
                .sorted(Comparator.comparing(DocumentId::value)).toList()
                : List.of(DocumentId.of(request.subject()));
        return documents.stream().map(documentId -> seal(documentId, used.get(documentId))).toList();
    }

    private Report.Seal seal(DocumentId documentId, Used used) {
        Optional<IntegrityCheck> found = integrity.of(documentId);
        if (found.isPresent() && !found.get().verified()) {
            IntegrityCheck check = found.get();
            return new Report.Seal(documentId.value(), false, check.events(), check.head(), null, null, null,
                    "NOT VERIFIED, broken at sequence " + check.firstBrokenSequence() + " (" + check.reason() + "): "
                            + check.detail());
        }
        // the chain vouches for the events only: the rows printed must say what the events say
        Optional<HistoryCheck.Disagreement> disagreement = disagreement(documentId, used);
        if (found.isEmpty()) {
            return new Report.Seal(documentId.value(), false, 0, null, null, null, null,
                    "no hash chain is kept for this record" + disagreement.map(d -> ", and the read model disagrees "
                            + "with the event store at sequence " + d.sequence() + ": " + d.detail()).orElse(""),
                    disagreement.map(HistoryCheck.Disagreement::sequence).orElse(null));
        }
        IntegrityCheck check = found.get();
        if (disagreement.isPresent()) {
            return new Report.Seal(documentId.value(), false, check.events(), check.head(), null, null, null,
                    "NOT VERIFIED, the read model disagrees with the event store at sequence "
                            + disagreement.get().sequence() + ": " + disagreement.get().detail()
                            + "; the event store's hash chain itself verifies", disagreement.get().sequence());
        }
        return new Report.Seal(documentId.value(), true, check.events(), check.head(),
                check.signature() == null ? null : check.signedHead().signedAt(),
                check.signature() == null ? null : check.signedHead().keyId(), check.signature(), null);
    }

    /** Where the rows a report printed part from the events they stand for; empty when they agree. */
    private Optional<HistoryCheck.Disagreement> disagreement(DocumentId documentId, Used used) {
        if (used == null) {
            return Optional.empty();
        }
        List<HistoryEntry> entries = used.record().stream().map(Recorded::entry).toList();
        return historyCheck.check(documentId, entries, used.writtenUpTo(),
                entry -> used.asOf() == null || !entry.occurredAt().isAfter(used.asOf()));
    }

    /** The document's record up to {@code asOf}, kept in {@code used} with how far the history had been written. */
    private List<Recorded> record(DocumentId documentId, Instant asOf, Map<DocumentId, Used> used) {
        long writtenUpTo = historyCheck.writtenUpTo(documentId);
        List<Recorded> record = recordedEvents.of(documentId, asOf);
        used.put(documentId, new Used(writtenUpTo, asOf, record));
        return record;
    }

    Report build(RenderReport request, Map<DocumentId, Used> used, MetaData reader) {
        if (request.kind() == ReportKind.DELEGATION_ACTIVITY) {
            return delegationActivity(request, used, reader);
        }
        DocumentId documentId = DocumentId.of(request.subject());
        List<Recorded> record = record(documentId, request.asOf(), used);
        DocumentStatus status = statusOf(documentId, record, request.asOf());
        return switch (request.kind()) {
            case TIMELINE -> TimelineReport.build(status, record, request.asOf(), request.generatedAt());
            case PARTICIPATION -> ParticipationReport.build(status, record, label -> queries.query(
                            new FindCompilation(documentId, label, null, null),
                            ResponseTypes.optionalInstanceOf(Compilation.class)).join(),
                    request.asOf(), request.generatedAt());
            case SILENCE -> SilenceLog.build(status, record, request.asOf(), request.generatedAt());
            case AUDIT_TRAIL -> AuditTrailReport.build(status, record, request.filter(), request.asOf(),
                    request.generatedAt());
            case DELEGATION_ACTIVITY -> throw new IllegalStateException("handled above");
        };
    }

    private DocumentStatus statusOf(DocumentId documentId, List<Recorded> record, Instant asOf) {
        return StatusReplay.of(record.stream()
                        .map(recorded -> new StatusReplay.Sequenced(recorded.entry().sequence(), recorded.event()))
                        .toList(), asOf == null ? record.isEmpty() ? Instant.EPOCH
                        : record.get(record.size() - 1).event().occurredAt() : asOf)
                .orElseThrow(() -> new NotFound(NegotiationRule.UNKNOWN_DOCUMENT.name(), asOf == null
                        ? "no document '" + documentId + "' is registered"
                        : "document '" + documentId + "' was not yet registered on " + ReadableTimes.of(asOf)));
    }

    /**
     * The documents whose acts the reader may read across documents: all of them for a member; for an
     * observer, the public ones (a members-only document's acts are left out, not refused).
     */
    private List<DocumentStatus> readable(MetaData reader) {
        return queries.query(new FindDocuments(), ResponseTypes.multipleInstancesOf(DocumentStatus.class)).join()
                .stream().filter(document -> document.visibility() == Visibility.PUBLIC
                        || MembersOnly.readsEverything(reader)).toList();
    }

    private Report delegationActivity(RenderReport request, Map<DocumentId, Used> used, MetaData reader) {
        if (!Delegation.isKnown(request.subject())) {
            throw new InvalidValue("delegation: unknown delegation '" + request.subject() + "'");
        }
        Delegation delegation = Delegation.of(request.subject());
        List<DocumentStatus> documents = readable(reader);
        Map<DocumentStatus, List<Recorded>> records = new LinkedHashMap<>();
        documents.stream().sorted(Comparator.comparing(document -> document.id().value()))
                .forEach(document -> records.put(document, record(document.id(), request.asOf(), used)));
        return DelegationActivity.build(delegation, records, request.asOf(), request.generatedAt());
    }
}
