package org.draftline.web.catchup;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The banner alone, which the page asks for again every few seconds (htmx) until it is gone. */
@Controller
class RereadingBannerController {

    private final RereadingBanner banner;

    RereadingBannerController(RereadingBanner banner) {
        this.banner = banner;
    }

    @GetMapping("/rereading")
    String banner(Model model) {
        model.addAttribute("rereading", banner.text().orElse(null));
        return "layout :: rereading";
    }
}
