package org.draftline.query.integrity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.NoHandlerForQueryException;
import org.axonframework.queryhandling.QueryGateway;
import org.draftline.api.document.DocumentId;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.integrity.FindGroupIntegrity;
import org.draftline.api.integrity.FindIntegrity;
import org.draftline.api.integrity.FindSigningKey;
import org.draftline.api.integrity.IntegrityCheck;
import org.draftline.api.integrity.SigningKey;
import org.draftline.api.rules.NegotiationRule;
import org.draftline.query.history.HistoryCheck;
import org.draftline.query.inputs.InputCheck;
import org.draftline.platform.web.NotFound;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Tamper evidence: a document's record checked against its hash chain and signed heads, and the public key
 * that verifies the signatures. Both are answered by the side that holds the event store.
 */
@RestController
@Tag(name = "Integrity", description = "The hash chain of each document's events and the key that signs its heads")
class IntegrityController {

    private static final String NOT_KEPT = "INTEGRITY_NOT_KEPT";
    private static final String PEM = "application/x-pem-file";

    private final QueryGateway queries;
    private final HistoryCheck historyCheck;
    private final InputCheck inputCheck;

    IntegrityController(QueryGateway queries, HistoryCheck historyCheck, InputCheck inputCheck) {
        this.queries = queries;
        this.historyCheck = historyCheck;
        this.inputCheck = inputCheck;
    }

    @GetMapping("/api/documents/{id}/integrity")
    @Operation(summary = "Recompute the document's hash chain from the event store: verified, the number of events "
            + "and the head with its signature, or the first broken sequence and why; and whether the audit trail's "
            + "and inputs read models agree with the events (readModels)")
    IntegrityAnswer integrity(@PathVariable String id) {
        DocumentId documentId = DocumentId.of(id);
        IntegrityCheck check = answer(queries.query(new FindIntegrity(documentId),
                ResponseTypes.optionalInstanceOf(IntegrityCheck.class)))
                .orElseThrow(() -> new NotFound(NegotiationRule.UNKNOWN_DOCUMENT.name(),
                        "no document '" + id + "' is registered"));
        return new IntegrityAnswer(check, new IntegrityAnswer.ReadModels(
                IntegrityAnswer.ReadModel.of(historyCheck.checkAll(documentId)),
                IntegrityAnswer.ReadModel.ofInputs(inputCheck.checkAll(documentId))));
    }

    @GetMapping("/api/groups/{code}/integrity")
    @Operation(summary = "Recompute the group's hash chain (its mandates, which the documents' rules trust) from the "
            + "event store: verified, the number of events and the head with its signature, or the first broken "
            + "sequence and why")
    IntegrityCheck groupIntegrity(@PathVariable String code) {
        if (!Delegation.isKnown(code) || !Delegation.of(code).isGroup()) {
            throw new NotFound(NegotiationRule.UNKNOWN_GROUP.name(),
                    "'" + code + "' is not a group; GET /api/groups lists the groups");
        }
        Delegation group = Delegation.of(code);
        return answer(queries.query(new FindGroupIntegrity(group),
                ResponseTypes.optionalInstanceOf(IntegrityCheck.class)))
                // nothing recorded for the group yet: nothing to break
                .orElseGet(() -> new IntegrityCheck(group.code(), true, 0, null, null, null, null, null, null));
    }

    @GetMapping(value = "/api/integrity/key", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The Ed25519 public key that signs chain heads, as a JWK (RFC 8037) with its PEM")
    SigningKey key() {
        return answer(queries.query(new FindSigningKey(), SigningKey.class));
    }

    @GetMapping(value = "/api/integrity/key", produces = PEM)
    @Operation(summary = "The same public key as PEM (Accept: application/x-pem-file), for openssl and the like")
    String pem() {
        return key().pem();
    }

    private static <T> T answer(CompletableFuture<T> answer) {
        try {
            return answer.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof NoHandlerForQueryException) {
                throw new NotFound(NOT_KEPT, "this deployment keeps no hash chain: its events are in Axon Server");
            }
            throw e;
        }
    }
}
