package org.draftline.platform.web;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** Problem details (RFC 9457) as Draftline answers them: a type per kind of problem, a code per rule. */
public final class Problems {

    /** The longest detail or field message an answer repeats: a refusal may quote what was sent, not all of it. */
    static final int LONGEST_DETAIL = 500;

    private Problems() {
    }

    /** {@code text} as an answer repeats it: cut after {@link #LONGEST_DETAIL} characters, saying so. */
    static String bounded(String text) {
        if (text == null || text.length() <= LONGEST_DETAIL) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(LONGEST_DETAIL - 1)) ? LONGEST_DETAIL - 1 : LONGEST_DETAIL;
        return text.substring(0, end) + "... (cut; " + text.length() + " characters in all)";
    }

    public static ProblemDetail of(HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, bounded(detail));
        problem.setType(URI.create("urn:draftline:problem:" + status.value()));
        return problem;
    }

    /** A refusal by a rule of the negotiation, or another condition clients tell apart by its code. */
    public static ProblemDetail withCode(HttpStatusCode status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, bounded(detail));
        problem.setType(URI.create("urn:draftline:problem:" + code));
        problem.setProperty("code", code);
        return problem;
    }

    /** A request with invalid fields, each named with what is wrong with it. */
    public static ProblemDetail invalid(List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(org.springframework.http.HttpStatus.BAD_REQUEST,
                errors.size() == 1 ? bounded(errors.get(0).field() + ": " + errors.get(0).message())
                        : errors.size() + " fields are invalid");
        problem.setType(URI.create("urn:draftline:problem:invalid-request"));
        problem.setTitle("Invalid request");
        problem.setProperty("code", "INVALID_REQUEST");
        problem.setProperty("errors", errors.stream()
                .map(error -> Map.of("field", bounded(error.field()), "message", bounded(error.message())))
                .toList());
        return problem;
    }

    public record FieldError(String field, String message) {
    }
}
