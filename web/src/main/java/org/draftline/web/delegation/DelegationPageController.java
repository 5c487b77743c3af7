package org.draftline.web.delegation;

import org.draftline.api.InvalidValue;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.history.FindHistory;
import org.draftline.api.history.HistoryEntry;
import org.draftline.api.status.DocumentStatus;
import org.draftline.platform.web.NotFound;
import org.draftline.web.Reading;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one delegation did across documents: each document's audit trail filtered by the delegation (acting,
 * or spoken for), so a group's page shows the statements made on its behalf.
 */
@Controller
class DelegationPageController {

    private final Reading reading;

    DelegationPageController(Reading reading) {
        this.reading = reading;
    }

    record Involvement(DocumentStatus document, List<HistoryEntry> acts) {
    }

    @GetMapping("/delegations/{code}")
    String delegation(@PathVariable String code, Model model) {
        Delegation delegation;
        try {
            delegation = Delegation.of(code);
        } catch (InvalidValue unknown) {
            throw new NotFound("UNKNOWN_DELEGATION", "no delegation '" + code + "' is known to Draftline");
        }
        // a members-only document's acts are the members' to read: an observer's page leaves them out, and says so
        List<Involvement> involvements = new ArrayList<>();
        int withheld = 0;
        for (DocumentStatus document : reading.documents()) {
            Optional<List<HistoryEntry>> acts = Reading.unlessMembersOnly(() -> reading.history(new FindHistory(
                    document.id(), null, delegation, null, null, null, 0, FindHistory.MAX_PAGE_SIZE)).entries());
            if (acts.isEmpty()) {
                withheld++;
            } else if (!acts.get().isEmpty()) {
                involvements.add(new Involvement(document, acts.get()));
            }
        }
        model.addAttribute("delegation", delegation);
        model.addAttribute("withheld", withheld);
        model.addAttribute("involvements", involvements);
        model.addAttribute("acts", involvements.stream().mapToInt(involvement -> involvement.acts().size()).sum());
        return "delegation";
    }
}
