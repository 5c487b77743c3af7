package org.draftline.web.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.draftline.platform.security.oidc.ProviderSignIn;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

/**
 * The sign-in page; Spring Security checks what it posts against the configured accounts (throttling
 * repeated failures), and offers the identity providers configured beside them.
 */
@Controller
class SignInController {

    private final ObjectProvider<ProviderSignIn> providerSignIn;

    SignInController(ObjectProvider<ProviderSignIn> providerSignIn) {
        this.providerSignIn = providerSignIn;
    }

    @GetMapping("/login")
    String signIn(@RequestParam(required = false) String providerError, HttpSession session,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        ProviderSignIn provider = providerSignIn.getIfAvailable();
        model.addAttribute("providers", provider == null ? List.of() : provider.providers());
        if (providerError != null
                && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof AuthenticationException failure) {
            model.addAttribute("providerProblem", ProviderSignIn.reason(failure));
        } else if (providerError != null) {
            model.addAttribute("providerProblem", ProviderSignIn.reason(null));
        }
        if (request.getAttribute(SignInFailures.REFUSAL) instanceof SignInFailures.Refusal refusal) {
            response.setStatus(refusal.status());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(refusal.retryAfterSeconds()));
            model.addAttribute("refusal", refusal.message());
        }
        return "signin";
    }
}
