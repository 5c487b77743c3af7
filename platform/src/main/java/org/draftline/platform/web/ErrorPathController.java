package org.draftline.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Spring Boot's error path, answering a request for {@code /error} itself as the page that is not there
 * (404) rather than as a failure with no status (500), and a body that claims to be multipart but cannot
 * be read as such (it fails in the filters, before any controller) as the client's error (400); other
 * failures forwarded to it are answered as before.
 */
class ErrorPathController extends BasicErrorController {

    static final String MULTIPART = "the body is not readable as multipart/form-data (is its boundary missing?); "
            + "send application/json, or a form with its boundary";

    ErrorPathController(ErrorAttributes attributes, ErrorProperties properties, List<ErrorViewResolver> resolvers) {
        super(attributes, properties, resolvers);
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        if (isUnreadableMultipart(request)) {
            return answer(Problems.invalid(List.of(new Problems.FieldError("Content-Type", MULTIPART))));
        }
        if (!isForwardedFailure(request)) {
            return answer(Problems.of(HttpStatus.NOT_FOUND, "nothing is at " + request.getRequestURI()));
        }
        return super.error(request);
    }

    /** The problem as the advice answers it, in the map this controller's signature gives back. */
    private static ResponseEntity<Map<String, Object>> answer(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    @Override
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        if (isUnreadableMultipart(request)) {
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.BAD_REQUEST.value());
        } else if (!isForwardedFailure(request)) {
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.NOT_FOUND.value());
        }
        return super.errorHtml(request, response);
    }

    private static boolean isUnreadableMultipart(HttpServletRequest request) {
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        for (Throwable cause = failure instanceof Throwable thrown ? thrown : null; cause != null;
             cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof MultipartException
                    || cause.getClass().getName().startsWith("org.apache.tomcat.util.http.fileupload.")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isForwardedFailure(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null;
    }
}
