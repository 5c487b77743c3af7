package org.draftline.command.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.draftline.api.Fields;
import org.draftline.api.InvalidValue;
import org.draftline.api.actor.Actor;
import org.draftline.api.document.AppointCoFacilitators;
import org.draftline.api.document.ChangeVisibility;
import org.draftline.api.document.CoFacilitator;
import org.draftline.api.document.DeclareConsensus;
import org.draftline.api.document.DocumentId;
import org.draftline.api.document.RecordAdoption;
import org.draftline.api.document.RegisterDocument;
import org.draftline.api.document.ReplaceCoFacilitators;
import org.draftline.api.document.WithdrawDocument;
import org.draftline.api.draft.CirculateFinalDraft;
import org.draftline.api.draft.CirculateRevisedDraft;
import org.draftline.api.draft.CirculateZeroDraft;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.draft.ExtendInputWindow;
import org.draftline.api.draft.OpenInputWindow;
import org.draftline.api.draft.SubmitInput;
import org.draftline.api.meeting.PublishSupportingDocument;
import org.draftline.api.meeting.RecordMeeting;
import org.draftline.api.rules.NegotiationRule;
import org.draftline.api.silence.BreakSilence;
import org.draftline.api.silence.ExtendSilence;
import org.draftline.api.silence.StartSilence;
import org.draftline.platform.acting.Acting;
import org.draftline.platform.docx.WordDraft;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.util.List;
import java.util.function.Supplier;

import static org.draftline.command.web.CommandRequests.delegation;
import static org.draftline.platform.web.RequestTimes.date;
import static org.draftline.platform.web.RequestTimes.deadline;
import static org.draftline.platform.web.RequestTimes.instant;

/**
 * The command endpoints of the API: each turns its body into a command sent as the signed-in actor and
 * answers with the document's sequence after it. The negotiation's rules decide who may do what.
 */
@RestController
@RequestMapping("/api/documents")
@Tag(name = "Commands", description = "Acts on the record of a negotiation")
class DocumentCommandController {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final CommandDispatcher dispatcher;
    private final Acting acting;

    DocumentCommandController(CommandDispatcher dispatcher, Acting acting) {
        this.dispatcher = dispatcher;
        this.acting = acting;
    }

    @PostMapping
    @Operation(summary = "Register a document to be negotiated (secretariat)")
    ResponseEntity<?> register(@RequestBody CommandRequests.RegisterDocument request, Actor signedIn,
                               @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        Actor actor = CommandRequests.acting(signedIn, request.recordedFor());
        DocumentId id = DocumentId.of(Fields.required(request.id(), "id"));
        RegisterDocument command = new RegisterDocument(id, request.title(), request.kind(), request.body(),
                request.session(), request.mandate(), instant(request.occurredAt(), "occurredAt"), request.visibility());
        return dispatcher.dispatch(signedIn, key, "/api/documents", request, HttpStatus.CREATED,
                () -> new CommandResult(id.value(), acting.register(command, actor)));
    }

    @PostMapping("/{id}/co-facilitators")
    @Operation(summary = "Appoint the co-facilitators, or replace them once appointed (secretariat)")
    ResponseEntity<?> appointCoFacilitators(@PathVariable String id,
                                            @RequestBody CommandRequests.AppointCoFacilitators request, Actor signedIn,
                                            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        Actor actor = CommandRequests.acting(signedIn, request.recordedFor());
        DocumentId document = DocumentId.of(id);
        List<CoFacilitator> coFacilitators = Fields.each(request.coFacilitators(), "coFacilitators",
                c -> new CoFacilitator(delegation(c.delegation(), "coFacilitators[].delegation"),
                        c.representative()));
        AppointCoFacilitators appoint = new AppointCoFacilitators(document, coFacilitators, request.letter(),
                instant(request.occurredAt(), "occurredAt"));
        return act(document, "co-facilitators", request, signedIn, key, () -> acting.sendOr(appoint,
                NegotiationRule.CO_FACILITATORS_ALREADY_APPOINTED, () -> new ReplaceCoFacilitators(document,
                        appoint.coFacilitators(), appoint.letter(), appoint.occurredAt()), actor));
    }

    @PostMapping("/{id}/zero-draft")
    @Operation(summary = "Circulate the zero draft, optionally inviting input until a deadline (co-facilitator)")
    ResponseEntity<?> circulateZeroDraft(@PathVariable String id, @RequestBody CommandRequests.CirculateDraft request,
                                         Actor signedIn,
                                         @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        Actor actor = CommandRequests.acting(signedIn, request.recordedFor());
        DocumentId document = DocumentId.of(id);
        CirculateZeroDraft command = new CirculateZeroDraft(document, request.text(),
                deadline(request.inputDeadline(), "inputDeadline"), instant(request.occurredAt(), "occurredAt"));
        return act(document, "zero-draft", request, signedIn, key, () -> acting.send(command, actor));
    }

    @PostMapping("/{id}/revised-drafts")
    @Operation(summary = "Circulate a revised draft, numbered Rev.1, Rev.2, ... (co-facilitator)")
    ResponseEntity<?> circulateRevisedDraft(@PathVariable String id,
                                            @RequestBody CommandRequests.CirculateDraft request, Actor signedIn,
                                            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        Actor actor = CommandRequests.acting(signedIn, request.recordedFor());
        DocumentId document = DocumentId.of(id);
        CirculateRevisedDraft command = new CirculateRevisedDraft(document, request.text(),
                deadline(request.inputDeadline(), "inputDeadline"), instant(request.occurredAt(), "occurredAt"));
        return act(document, "revised-drafts", request, signedIn, key, () -> acting.send(command, actor));
    }

    @PostMapping("/{id}/final-draft")
    @Operation(summary = "Circulate the final draft (co-facilitator)")
    ResponseEntity<?> circulateFinalDraft(@PathVariable String id,
                                          @RequestBody CommandRequests.CirculateFinalDraft request, Actor signedIn,
                                          @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        Actor actor = CommandRequests.acting(signedIn, request.recordedFor());
        DocumentId document = DocumentId.of(id);
        CirculateFinalDraft command = new CirculateFinalDraft(document, request.text(),
                instant(request.occurredAt(), "occurredAt"));
        return act(document, "final-draft", request, signedIn, key, () -> acting.send(command, actor));
    }

    /**
     * A draft sent as a Word file ({@code file}, .docx) with the other fields as form fields; the delegation and
     * person the secretariat records it for are {@code recordedFor.delegation} and {@code recordedFor.person}.
     */
    record WordDraftUpload(MultipartFile file, String text, String inputDeadline, String occurredAt,
                           @BindParam("recordedFor.delegation") String recordedForDelegation,
                           @BindParam("recordedFor.person") String recordedForPerson) {

        String draftText() {
            return fromWord(file, text);
        }

        CommandRequests.RecordedFor recordedFor() {
            boolean given = (recordedForDelegation != null && !recordedForDelegation.isBlank())
                    || (recordedForPerson != null && !recordedForPerson.isBlank());
            return given ? new CommandRequests.RecordedFor(recordedForDelegation, recordedForPerson) : null;
        }
    }

    @PostMapping(path = "/{id}/zero-draft", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Circulate the zero draft from a Word file (.docx, field file), other fields as form fields "
            + "(co-facilitator)")
    ResponseEntity<?> circulateZeroDraftFromWord(@PathVariable String id, @ModelAttribute WordDraftUpload upload,
                                                 Actor signedIn,
                                                 @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        return circulateZeroDraft(id, new CommandRequests.CirculateDraft(upload.draftText(), upload.inputDeadline(),
                upload.occurredAt(), upload.recordedFor()), signedIn, key);
    }

    @PostMapping(path = "/{id}/revised-drafts", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Circulate a revised draft from a Word file (.docx, field file), other fields as form fields "
            + "(co-facilitator)")
    ResponseEntity<?> circulateRevisedDraftFromWord(@PathVariable String id, @ModelAttribute WordDraftUpload upload,
                                                    Actor signedIn,
                                                    @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        return circulateRevisedDraft(id, new CommandRequests.CirculateDraft(upload.draftText(),
                upload.inputDeadline(), upload.occurredAt(), upload.recordedFor()), signedIn, key);
    }

    @PostMapping(path = "/{id}/final-draft", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Circulate the final draft from a Word file (.docx, field file), other fields as form fields "
            + "(co-facilitator)")
    ResponseEntity<?> circulateFinalDraftFromWord(@PathVariable String id, @ModelAttribute WordDraftUpload upload,
                                                  Actor signedIn,
                                                  @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        return circulateFinalDraft(id, new CommandRequests.CirculateFinalDraft(upload.draftText(),
                upload.occurredAt(), upload.recordedFor()), signedIn, key);
    }

    /** The Word file's text as typed, once the drafts' reader accepts it; a text beside the file is ambiguous. */
    private static String fromWord(MultipartFile file, String text) {
        if (text != null && !text.isBlank()) {
            throw new InvalidValue("text: send the draft either as text (JSON) or as a Word file (file), not both");
        }
        return WordDraft.read(file).checkedText();
    }

    @PostMapping("/{id}/inputs")
    @Operation(summary = "Submit input on a draft version as the caller's delegation (delegate)")
    ResponseEntity<?> submitInput(@PathVariable String id, @RequestBody CommandRequests.SubmitInput request,
                                  Actor signedIn, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        Actor actor = CommandRequests.acting(signedIn, request.recordedFor());
        DocumentId document = DocumentId.of(id);
        SubmitInput command = new SubmitInput(document, DraftLabel.of(request.onDraft(), "onDraft"),
                Acting.delegationOf(actor), delegation(request.onBehalfOf(), "onBehalfOf"), request.comments(),
                request.proposals(), instant(request.occurredAt(), "occurredAt"));
        return act(document, "inputs", request, signedIn, key, () -> acting.send(command, actor));
    }

    @PostMapping("/{id}/meetings")
    @Operation(summary = "Record an informal meeting, reading, consultation, hearing or briefing (co-facilitator)")
    ResponseEntity<?> recordMeeting(@PathVariable String id, @RequestBody CommandRequests.RecordMeeting request,
                                    Actor signedIn, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        Actor actor = CommandRequests.acting(signedIn, request.recordedFor());
        DocumentId document = DocumentId.of(id);
        RecordMeeting command = new RecordMeeting(document, request.kind(), request.title(),
                date(request.heldOn(), "heldOn"), request.summary(), instant(request.occurredAt(), "occurredAt"));
        return act(document, "meetings", request, signedIn, key, () -> acting.send(command, actor));
    }

    @PostMapping("/{id}/supporting-documents")
    @Operation(summary = "Publish a supporting document (secretariat or co-facilitator)")
    ResponseEntity<?> publishSupportingDocument(@PathVariable String id,
                                                @RequestBody CommandRequests.PublishSupportingDocument request,
                                                Actor signedIn,
                                                @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        Actor actor = CommandRequests.acting(signedIn, request.recordedFor());
        DocumentId document = DocumentId.of(id);
        PublishSupportingDocument command = new PublishSupportingDocument(document, request.kind(), request.title(),
                request.url(), instant(request.occurredAt(), "occurredAt"));
        return act(document, "supporting-documents", request, signedIn, key, () -> acting.send(command, actor));
    }

    @PostMapping("/{id}/input-window")
    @Operation(summary = "Open, reopen or extend the window for input on the current draft (co-facilitator)")
    ResponseEntity<?> setInputWindow(@PathVariable String id, @RequestBody CommandRequests.SetDeadline request,
                                     Actor signedIn, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        Actor actor = CommandRequests.acting(signedIn, request.recordedFor());
        DocumentId document = DocumentId.of(id);
        OpenInputWindow open = new OpenInputWindow(document, deadline(request.deadline(), "deadline"),
                instant(request.occurredAt(), "occurredAt"));
        return act(document, "input-window", request, signedIn, key, () -> acting.sendOr(open,
                NegotiationRule.INPUT_WINDOW_ALREADY_OPEN,
                () -> new ExtendInputWindow(document, open.deadline(), open.occurredAt()), actor));
    }

    @PostMapping("/{id}/silence-procedure")
    @Operation(summary = "Put the current draft under silence until a deadline (co-facilitator)")
    ResponseEntity<?> startSilence(@PathVariable String id, @RequestBody CommandRequests.SetDeadline request,
                                   Actor signedIn, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        Actor actor = CommandRequests.acting(signedIn, request.recordedFor());
        DocumentId document = DocumentId.of(id);
        StartSilence command = new StartSilence(document, deadline(request.deadline(), "deadline"),
                instant(request.occurredAt(), "occurredAt"));
        return act(document, "silence-procedure", request, signedIn, key, () -> acting.send(command, actor));
    }

    @PostMapping("/{id}/silence-procedure/extension")
    @Operation(summary = "Extend the running silence to a later deadline (co-facilitator)")
    ResponseEntity<?> extendSilence(@PathVariable String id, @RequestBody CommandRequests.SetDeadline request,
                                    Actor signedIn, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        Actor actor = CommandRequests.acting(signedIn, request.recordedFor());
        DocumentId document = DocumentId.of(id);
        ExtendSilence command = new ExtendSilence(document, deadline(request.deadline(), "deadline"),
                instant(request.occurredAt(), "occurredAt"));
        return act(document, "silence-procedure/extension", request, signedIn, key,
                () -> acting.send(command, actor));
    }

    @PostMapping("/{id}/silence-procedure/breaks")
    @Operation(summary = "Break silence as the caller's delegation, giving the reason (delegate)")
    ResponseEntity<?> breakSilence(@PathVariable String id, @RequestBody CommandRequests.BreakSilence request,
                                   Actor signedIn, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        Actor actor = CommandRequests.acting(signedIn, request.recordedFor());
        DocumentId document = DocumentId.of(id);
        BreakSilence command = new BreakSilence(document, Acting.delegationOf(actor),
                delegation(request.onBehalfOf(), "onBehalfOf"), request.reason(), request.proposals(),
                instant(request.occurredAt(), "occurredAt"));
        return act(document, "silence-procedure/breaks", request, signedIn, key, () -> acting.send(command, actor));
    }

    @PostMapping("/{id}/consensus")
    @Operation(summary = "Declare consensus on the agreed text (co-facilitator)")
    ResponseEntity<?> declareConsensus(@PathVariable String id, @RequestBody CommandRequests.DeclareConsensus request,
                                       Actor signedIn,
                                       @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        Actor actor = CommandRequests.acting(signedIn, request.recordedFor());
        DocumentId document = DocumentId.of(id);
        DeclareConsensus command = new DeclareConsensus(document, request.note(),
                instant(request.occurredAt(), "occurredAt"));
        return act(document, "consensus", request, signedIn, key, () -> acting.send(command, actor));
    }

    @PostMapping("/{id}/adoption")
    @Operation(summary = "Record the adoption by the plenary (secretariat)")
    ResponseEntity<?> recordAdoption(@PathVariable String id, @RequestBody CommandRequests.RecordAdoption request,
                                     Actor signedIn, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        Actor actor = CommandRequests.acting(signedIn, request.recordedFor());
        DocumentId document = DocumentId.of(id);
        RecordAdoption command = new RecordAdoption(document, request.symbol(), date(request.adoptedOn(), "adoptedOn"),
                request.method(), request.votes(), request.draftSymbol(), instant(request.occurredAt(), "occurredAt"));
        return act(document, "adoption", request, signedIn, key, () -> acting.send(command, actor));
    }

    @PostMapping("/{id}/visibility")
    @Operation(summary = "Open the document to the public (PUBLIC) or keep its negotiation to members (MEMBERS), "
            + "from now on (secretariat)")
    ResponseEntity<?> changeVisibility(@PathVariable String id, @RequestBody CommandRequests.ChangeVisibility request,
                                       Actor signedIn,
                                       @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        Actor actor = CommandRequests.acting(signedIn, request.recordedFor());
        DocumentId document = DocumentId.of(id);
        ChangeVisibility command = new ChangeVisibility(document, request.visibility(),
                instant(request.occurredAt(), "occurredAt"));
        return act(document, "visibility", request, signedIn, key, () -> acting.send(command, actor));
    }

    @PostMapping("/{id}/withdrawal")
    @Operation(summary = "Withdraw the document (secretariat or co-facilitator)")
    ResponseEntity<?> withdraw(@PathVariable String id, @RequestBody CommandRequests.WithdrawDocument request,
                               Actor signedIn, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        Actor actor = CommandRequests.acting(signedIn, request.recordedFor());
        DocumentId document = DocumentId.of(id);
        WithdrawDocument command = new WithdrawDocument(document, request.reason(),
                instant(request.occurredAt(), "occurredAt"));
        return act(document, "withdrawal", request, signedIn, key, () -> acting.send(command, actor));
    }

    private ResponseEntity<?> act(DocumentId document, String action, Object request, Actor actor, String key,
                                  Supplier<Long> send) {
        return dispatcher.dispatch(actor, key, "/api/documents/" + document + "/" + action, request, HttpStatus.OK,
                () -> new CommandResult(document.value(), send.get()));
    }
}
