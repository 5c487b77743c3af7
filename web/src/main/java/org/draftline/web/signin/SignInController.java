package org.draftline.web.signin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security checks what it posts against the configured accounts. */
@Controller
class SignInController {

    @GetMapping("/login")
    String signIn() {
        return "signin";
    }
}
