package org.draftline.web;

import jakarta.servlet.http.HttpServletResponse;
import org.draftline.api.InvalidValue;
import org.draftline.api.actor.Actor;
import org.draftline.api.rules.NegotiationRule;
import org.draftline.api.rules.RuleViolation;
import org.draftline.platform.postgres.DatabaseOutage;
import org.draftline.platform.security.SignedIn;
import org.draftline.platform.web.NotFound;
import org.draftline.platform.web.WaitingReads;
import org.draftline.web.catchup.RereadingBanner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.beans.PropertyEditorSupport;
import java.util.Arrays;
import java.util.Optional;

/**
 * What every page has: the signed-in actor for the header, the banner while the record is being re-read, and a page (not the API's problem JSON) when a
 * document or version is unknown or an address is malformed.
 */
@ControllerAdvice(basePackages = "org.draftline.web")
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageAdvice {

    private static final Logger log = LoggerFactory.getLogger(PageAdvice.class);

    private final RereadingBanner rereading;

    PageAdvice(RereadingBanner rereading) {
        this.rereading = rereading;
    }

    /**
     * A browser sends a text area's line breaks as CR LF (HTML's form encoding); the record keeps line breaks
     * as LF, as the API receives them, so a text typed on a page and the same text sent to the API are one.
     * A field a form repeats (a proposal row) binds one element per value sent, each whole: Spring would
     * otherwise split a value sent once at its commas.
     */
    @InitBinder
    void lineBreaksAsRecorded(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(Forms.lineBreaks(text));
            }
        });
        binder.registerCustomEditor(String[].class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(new String[] {Forms.lineBreaks(text)});
            }

            @Override
            public void setValue(Object value) {
                super.setValue(value instanceof String[] values
                        ? Arrays.stream(values).map(Forms::lineBreaks).toArray(String[]::new) : value);
            }
        });
    }

    @ModelAttribute("me")
    Actor me(Authentication authentication) {
        return SignedIn.actor(authentication).orElse(null);
    }

    /** The banner every page shows while the read models catch up with the record. */
    @ModelAttribute("rereading")
    String rereading() {
        return rereading.text().orElse(null);
    }

    @ExceptionHandler(NotFound.class)
    String notFound(NotFound notFound, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("title", "Not found");
        model.addAttribute("message", notFound.getMessage());
        return "error-page";
    }

    @ExceptionHandler(InvalidValue.class)
    String invalid(InvalidValue invalid, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("title", "Not a valid address");
        model.addAttribute("message", invalid.getMessage());
        return "error-page";
    }

    @ExceptionHandler(WaitingReads.TooManyWaits.class)
    String tooManyWaits(WaitingReads.TooManyWaits tooMany, Model model, HttpServletResponse response) {
        response.setStatus(tooMany.status().value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(tooMany.retryAfterSeconds()));
        model.addAttribute("title", "Too many pages waiting");
        model.addAttribute("message", "This page waits for the latest record, and " + tooMany.getMessage() + ".");
        return "error-page";
    }

    @ExceptionHandler(Exception.class)
    String failure(Exception failure, Model model, HttpServletResponse response) throws Exception {
        if (failure instanceof org.springframework.web.ErrorResponse
                || failure instanceof org.springframework.web.context.request.async.AsyncRequestNotUsableException) {
            throw failure;
        }
        Optional<RuleViolation> refusal = RuleViolation.in(failure)
                .filter(violation -> violation.rule() == NegotiationRule.MEMBERS_ONLY);
        if (refusal.isPresent()) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("title", "Open to members only");
            model.addAttribute("message", refusal.get().getMessage());
            return "error-page";
        }
        if (DatabaseOutage.causes(failure)) {
            log.warn("PostgreSQL is out of reach for a page: {}", failure.toString());
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER.toSeconds()));
            model.addAttribute("title", "Draftline is unavailable for a moment");
            model.addAttribute("message", "Its database cannot be reached just now; nothing was recorded. Try "
                    + "again in " + DatabaseOutage.RETRY_AFTER.toSeconds() + " seconds.");
            return "error-page";
        }
        log.error("A page failed", failure);
        response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        model.addAttribute("title", "Something went wrong");
        model.addAttribute("message", "Draftline failed to show this page; the failure is logged. Nothing was "
                + "recorded by showing it.");
        return "error-page";
    }
}
