package org.draftline.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.draftline.api.InvalidValue;
import org.draftline.api.rules.RuleViolation;
import org.draftline.platform.acting.Refusal;
import org.draftline.platform.postgres.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every failure answers as problem details: the fields a client got wrong (400), the rule a command broke
 * with its code (403, 404, 409), a body too large (413). A 500 is left only for Draftline's own faults.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(InvalidValue.class)
    ResponseEntity<ProblemDetail> invalidValue(InvalidValue invalid) {
        return answer(Refusal.of(invalid).problem());
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound(NotFound notFound) {
        return answer(Problems.withCode(HttpStatus.NOT_FOUND, notFound.code(), notFound.getMessage()));
    }

    /** A command refused (a rule, an unknown document, a concurrent change): told as {@link Refusal} tells it to every client. */
    @ExceptionHandler({RuleViolation.class, AggregateNotFoundException.class, ConcurrencyException.class})
    ResponseEntity<ProblemDetail> refused(RuntimeException refused) {
        return answer(Refusal.of(refused).orElseThrow(() -> refused).problem());
    }

    @ExceptionHandler(WaitingReads.TooManyWaits.class)
    ResponseEntity<ProblemDetail> tooManyWaits(WaitingReads.TooManyWaits tooMany) {
        return ResponseEntity.status(tooMany.status())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(tooMany.retryAfterSeconds()))
                .body(Problems.withCode(tooMany.status(), tooMany.code(), tooMany.getMessage()));
    }

    /** A body that says it is multipart but cannot be read as such (no boundary, cut short). */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadableMultipart(MultipartException unreadable) {
        return answer(Problems.invalid(List.of(new Problems.FieldError("Content-Type", ErrorPathController.MULTIPART))));
    }

    /** Command failures arrive wrapped in Axon's exceptions; what they carry decides the answer. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> failure(Exception failure, WebRequest request) throws Exception {
        Optional<RuleViolation> violation = RuleViolation.in(failure);
        if (violation.isPresent()) {
            return answer(Refusal.of(violation.get()).problem());
        }
        if (DatabaseOutage.causes(failure)) {
            log.warn("PostgreSQL is out of reach answering {}: {}", request.getDescription(false), failure.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER.toSeconds()))
                    .body(Problems.withCode(HttpStatus.SERVICE_UNAVAILABLE, "DATABASE_UNAVAILABLE",
                            "Draftline's database cannot be reached just now; nothing was recorded. Try again in "
                                    + DatabaseOutage.RETRY_AFTER.toSeconds() + " seconds."));
        }
        if (failure instanceof IllegalArgumentException && hasWildcardContentType(request)) {
            failure = new HttpMediaTypeNotSupportedException("Content-Type "
                    + request.getHeader(HttpHeaders.CONTENT_TYPE) + " names no type of body; send "
                    + MediaType.APPLICATION_JSON_VALUE, List.of(MediaType.APPLICATION_JSON));
        }
        Optional<Refusal> refusal = Refusal.of(failure);
        if (refusal.isPresent()) {
            return answer(refusal.get().problem());
        }
        for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof NotFound notFound) {
                return notFound(notFound);
            }
            if (cause instanceof PayloadTooLarge tooLarge) {
                return tooLarge(tooLarge);
            }
        }
        try {
            ResponseEntity<Object> handled = handleException(failure, request);
            if (handled != null) {
                return ResponseEntity.status(handled.getStatusCode()).headers(handled.getHeaders())
                        .body((ProblemDetail) handled.getBody());
            }
        } catch (Exception notSpringsOwn) {
            // Spring's handler rethrows what it does not know: then it is ours, and answered below
        }
        log.error("Unexpected failure answering {}", request.getDescription(false), failure);
        return answer(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR,
                "Draftline failed to answer this request; the failure is logged. Nothing was recorded."));
    }

    /** Spring refuses a wildcard Content-Type with an assertion of its own, not as an unsupported type. */
    private static boolean hasWildcardContentType(WebRequest request) {
        String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        try {
            MediaType type = contentType == null ? null : MediaType.parseMediaType(contentType);
            return type != null && (type.isWildcardType() || type.isWildcardSubtype());
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }

    private static ResponseEntity<ProblemDetail> tooLarge(PayloadTooLarge tooLarge) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).header(HttpHeaders.CONNECTION, "close")
                .body(Problems.withCode(HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE", tooLarge.getMessage()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        for (Throwable cause = unreadable; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof PayloadTooLarge tooLarge) {
                return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).header(HttpHeaders.CONNECTION, "close")
                        .body(tooLarge(tooLarge).getBody());
            }
            if (cause instanceof InvalidValue invalid) {
                return ResponseEntity.badRequest().body(Problems.invalid(List.of(fieldError(unreadable, invalid))));
            }
        }
        return ResponseEntity.badRequest().body(Problems.invalid(List.of(unreadableField(unreadable))));
    }

    /** A value refused by a message's constructor, named by its path in the request where Jackson knows it. */
    private static Problems.FieldError fieldError(HttpMessageNotReadableException unreadable, InvalidValue invalid) {
        if (unreadable.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String path = path(mapping);
            if (!invalid.field().contains(".") && !invalid.field().contains("[") && !path.isEmpty()) {
                return new Problems.FieldError(path, invalid.reason());
            }
            int entry = invalid.field().indexOf("[]");
            if (entry > 0 && path.startsWith(invalid.field().substring(0, entry) + "[") && path.endsWith("]")) {
                return new Problems.FieldError(path + invalid.field().substring(entry + 2), invalid.reason());
            }
        }
        return new Problems.FieldError(invalid.field(), invalid.reason());
    }

    private static Problems.FieldError unreadableField(HttpMessageNotReadableException unreadable) {
        Throwable cause = unreadable.getCause();
        if (cause instanceof InvalidFormatException format) {
            Class<?> target = format.getTargetType();
            String expected = target != null && target.isEnum()
                    ? "one of " + Arrays.stream(target.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "))
                    : "a " + (target == null ? "different value" : target.getSimpleName().toLowerCase());
            return new Problems.FieldError(path(format), "'" + format.getValue() + "' is not valid; expected " + expected);
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return new Problems.FieldError(path(unknown), "is not a field of this request");
        }
        if (cause instanceof MismatchedInputException mismatch) {
            String field = path(mismatch);
            return new Problems.FieldError(field.isEmpty() ? "body" : field, "has the wrong type"
                    + (mismatch.getTargetType() == null ? "" : "; expected " + describe(mismatch.getTargetType())));
        }
        if (cause instanceof JsonMappingException mapping && mapping.getCause() instanceof InputCoercionException coercion) {
            String field = path(mapping);
            return new Problems.FieldError(field.isEmpty() ? "body" : field, "is out of range"
                    + (coercion.getTargetType() == null ? "" : " for " + coercion.getTargetType().getSimpleName()));
        }
        if (cause instanceof JsonProcessingException json) {
            return new Problems.FieldError("body", "is not valid JSON"
                    + (json.getLocation() == null ? "" : " (line " + json.getLocation().getLineNr() + ", column "
                    + json.getLocation().getColumnNr() + ")"));
        }
        return new Problems.FieldError("body", "required: a JSON object");
    }

    private static String describe(Class<?> type) {
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        return "an object";
    }

    private static String path(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception failure, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> answer = super.handleExceptionInternal(failure, body, headers, status, request);
        if (answer != null && answer.getBody() instanceof ProblemDetail problem
                && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(java.net.URI.create("urn:draftline:problem:" + status.value()));
        }
        return answer;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> wrongParameter(MethodArgumentTypeMismatchException mismatch) {
        for (Throwable cause = mismatch.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof InvalidValue invalid) {
                return answer(Problems.invalid(List.of(new Problems.FieldError(mismatch.getName(), invalid.reason()))));
            }
        }
        return answer(Problems.invalid(List.of(new Problems.FieldError(mismatch.getName(),
                "'" + mismatch.getValue() + "' is not valid here"))));
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
