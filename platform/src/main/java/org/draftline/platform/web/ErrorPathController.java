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
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Spring Boot's error path, answering a request for {@code /error} itself as the page that is not there
 * (404) rather than as a failure with no status (500); failures forwarded to it are answered as before.
 */
class ErrorPathController extends BasicErrorController {

    ErrorPathController(ErrorAttributes attributes, ErrorProperties properties, List<ErrorViewResolver> resolvers) {
        super(attributes, properties, resolvers);
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        if (!isForwardedFailure(request)) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "urn:draftline:problem:404");
            problem.put("title", HttpStatus.NOT_FOUND.getReasonPhrase());
            problem.put("status", HttpStatus.NOT_FOUND.value());
            problem.put("detail", "nothing is at " + request.getRequestURI());
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        return super.error(request);
    }

    @Override
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        if (!isForwardedFailure(request)) {
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.NOT_FOUND.value());
        }
        return super.errorHtml(request, response);
    }

    private static boolean isForwardedFailure(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null;
    }
}
