package org.draftline.web;

import jakarta.servlet.http.HttpServletRequest;
import org.draftline.api.InvalidValue;
import org.draftline.api.actor.Actor;
import org.draftline.platform.security.SignedIn;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How a form's answer travels (post, then redirect, then get): on success a notice, on refusal the problem
 * and what was typed, so the page shows both next to the form without the browser re-posting on reload.
 */
public final class Forms {

    private Forms() {
    }

    public static Actor actor(Authentication authentication) {
        return SignedIn.actor(authentication)
                .orElseThrow(() -> new InsufficientAuthenticationException("sign in to act"));
    }

    /**
     * The notice is kept for the page at {@code target?acted=sequence}: a live refresh of the page the form
     * was on (its own act announced while the browser follows the redirect) must not take it instead.
     */
    public static String done(String notice, String target, long sequence, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + target + "?acted=" + sequence;
    }

    public static String refused(Problem problem, HttpServletRequest request, String target,
                                 RedirectAttributes redirect) {
        redirect.addFlashAttribute("problem", problem);
        redirect.addFlashAttribute("values", TypedValues.of(problem.form(), request));
        return "redirect:" + target + "#" + problem.form();
    }

    /** Back to the form with every word typed, as after a refusal but with nothing refused (from a confirmation). */
    public static String backToForm(String form, HttpServletRequest request, String target,
                                    RedirectAttributes redirect) {
        redirect.addFlashAttribute("values", TypedValues.of(form, request));
        return "redirect:" + target + "#" + form;
    }

    /**
     * Every value of a field the form repeats (one per proposal row, one per co-facilitator), each whole, with
     * its line breaks as {@link #lineBreaks} keeps them. Not {@code @RequestParam List<String>}: Spring converts
     * a field sent only once from a String, splitting it at its commas.
     */
    public static List<String> repeated(HttpServletRequest request, String field) {
        String[] values = request.getParameterValues(field);
        return values == null ? List.of() : Arrays.stream(values).map(Forms::lineBreaks).toList();
    }

    /** A form's text with its line breaks as the record keeps them: CR LF (and a lone CR) become LF. */
    public static String lineBreaks(String text) {
        return text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** An enum field of a form, refused with the field's name when it is not one of the values. */
    public static <E extends Enum<E>> E choice(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValue(field + ": '" + value + "' is not one of the choices");
        }
    }

    /**
     * A deadline typed as a local date and time ({@code datetime-local}) with the zone chosen beside it, in
     * the form {@link org.draftline.platform.web.RequestTimes} reads.
     */
    public static String zoned(String localDateTime, String zone) {
        if (localDateTime == null || localDateTime.isBlank()) {
            return null;
        }
        String chosen = zone == null || zone.isBlank() ? Views.NEW_YORK.getId() : zone.strip();
        return localDateTime.strip() + "[" + chosen + "]";
    }
}
