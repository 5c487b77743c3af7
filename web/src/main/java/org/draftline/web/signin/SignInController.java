package org.draftline.web.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.draftline.platform.security.SignInThrottled;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security checks what it posts against the configured accounts. */
@Controller
class SignInController {

    @GetMapping("/login")
    String signIn(HttpServletRequest request, HttpServletResponse response, Model model) {
        if (request.getAttribute(SignInFailures.THROTTLED) instanceof SignInThrottled throttled) {
            response.setStatus(429);
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
            model.addAttribute("throttled", throttled.getMessage());
        }
        return "signin";
    }
}
