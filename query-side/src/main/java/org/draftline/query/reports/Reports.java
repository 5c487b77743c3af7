package org.draftline.query.reports;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.draftline.api.InvalidValue;
import org.draftline.api.compilation.Compilation;
import org.draftline.api.compilation.FindCompilation;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.DocumentId;
import org.draftline.api.report.RenderReport;
import org.draftline.api.report.RenderedReport;
import org.draftline.api.report.ReportKind;
import org.draftline.api.rules.NegotiationRule;
import org.draftline.api.status.DocumentStatus;
import org.draftline.api.status.FindDocuments;
import org.draftline.platform.web.NotFound;
import org.draftline.query.history.RecordedEvents;
import org.draftline.query.integrity.IntegrityChecks;
import org.draftline.query.history.RecordedEvents.Recorded;
import org.draftline.query.status.StatusReplay;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    Reports(RecordedEvents recordedEvents, QueryGateway queries, ReportRenderer renderer, IntegrityChecks integrity) {
        this.recordedEvents = recordedEvents;
        this.queries = queries;
        this.renderer = renderer;
        this.integrity = integrity;
    }

    @QueryHandler
    RenderedReport handle(RenderReport request) {
        Report built = build(request);
        Report report = built.withIntegrity(seals(request));
        String fileName = report.kind() + "-" + request.subject() + "." + request.format().extension();
        return new RenderedReport(request.format().mediaType(), fileName, renderer.render(report, request.format()));
    }

    private List<Report.Seal> seals(RenderReport request) {
        List<DocumentId> documents = request.kind() == ReportKind.DELEGATION_ACTIVITY
                ? queries.query(new FindDocuments(), ResponseTypes.multipleInstancesOf(DocumentStatus.class)).join()
                .stream().map(DocumentStatus::id).sorted(Comparator.comparing(DocumentId::value)).toList()
                : List.of(DocumentId.of(request.subject()));
        return documents.stream().map(this::seal).toList();
    }

    private Report.Seal seal(DocumentId documentId) {
        return integrity.of(documentId).map(check -> check.verified()
                        ? new Report.Seal(documentId.value(), true, check.events(), check.head(),
                        check.signature() == null ? null : check.signedHead().signedAt(),
                        check.signature() == null ? null : check.signedHead().keyId(), check.signature(), null)
                        : new Report.Seal(documentId.value(), false, check.events(), check.head(), null, null, null,
                        "NOT VERIFIED, broken at sequence " + check.firstBrokenSequence() + " (" + check.reason()
                                + "): " + check.detail()))
                .orElseGet(() -> new Report.Seal(documentId.value(), false, 0, null, null, null, null,
                        "no hash chain is kept for this record"));
    }

    Report build(RenderReport request) {
        if (request.kind() == ReportKind.DELEGATION_ACTIVITY) {
            return delegationActivity(request);
        }
        DocumentId documentId = DocumentId.of(request.subject());
        List<Recorded> record = recordedEvents.of(documentId, request.asOf());
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
                        : "document '" + documentId + "' was not yet registered on " + Dates.utc(asOf)));
    }

    private Report delegationActivity(RenderReport request) {
        if (!Delegation.isKnown(request.subject())) {
            throw new InvalidValue("delegation: unknown delegation '" + request.subject() + "'");
        }
        Delegation delegation = Delegation.of(request.subject());
        List<DocumentStatus> documents = queries.query(new FindDocuments(),
                ResponseTypes.multipleInstancesOf(DocumentStatus.class)).join();
        Map<DocumentStatus, List<Recorded>> records = new LinkedHashMap<>();
        documents.stream().sorted(Comparator.comparing(document -> document.id().value()))
                .forEach(document -> records.put(document, recordedEvents.of(document.id(), request.asOf())));
        return DelegationActivity.build(delegation, records, request.asOf(), request.generatedAt());
    }
}
