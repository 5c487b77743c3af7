package org.draftline.web.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security checks what it posts against the configured accounts. */
@Controller
class SignInController {

    @GetMapping("/login")
    String signIn(HttpServletRequest request, HttpServletResponse response, Model model) {
        if (request.getAttribute(SignInFailures.REFUSAL) instanceof SignInFailures.Refusal refusal) {
            response.setStatus(refusal.status());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(refusal.retryAfterSeconds()));
            model.addAttribute("refusal", refusal.message());
        }
        return "signin";
    }
}
