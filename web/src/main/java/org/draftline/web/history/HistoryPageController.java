package org.draftline.web.history;

import org.draftline.api.Fields;
import org.draftline.api.InvalidValue;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.DocumentEvent;
import org.draftline.api.history.FindHistory;
import org.draftline.api.history.HistoryPage;
import org.draftline.api.status.DocumentStatus;
import org.draftline.web.Problem;
import org.draftline.web.Reading;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Arrays;
import java.util.List;

import static org.draftline.platform.web.RequestTimes.instant;

/** A document's audit trail: every act with both of its times, filtered and paged as the API does it. */
@Controller
class HistoryPageController {

    private static final int PAGE_SIZE = 25;
    private static final List<String> EVENT_TYPES = Arrays.stream(DocumentEvent.class.getPermittedSubclasses())
            .map(Class::getSimpleName).sorted().toList();

    private final Reading reading;

    HistoryPageController(Reading reading) {
        this.reading = reading;
    }

    record Filters(String type, String delegation, String from, String to, String asOf) {
    }

    @GetMapping("/documents/{id}/history")
    String history(@PathVariable String id, @RequestParam(required = false) String type,
                   @RequestParam(required = false) String delegation, @RequestParam(required = false) String from,
                   @RequestParam(required = false) String to, @RequestParam(required = false) String asOf,
                   @RequestParam(defaultValue = "0") int page, Model model) {
        DocumentStatus document = reading.document(id, null);
        Filters filters = new Filters(Fields.optional(type), Fields.optional(delegation), Fields.optional(from),
                Fields.optional(to), Fields.optional(asOf));
        model.addAttribute("document", document);
        model.addAttribute("filters", filters);
        model.addAttribute("types", EVENT_TYPES);
        model.addAttribute("delegations", Delegation.all());
        try {
            if (filters.type() != null && !EVENT_TYPES.contains(filters.type())) {
                throw new InvalidValue("type: '" + filters.type() + "' is not an event type");
            }
            if (filters.delegation() != null && !Delegation.isKnown(filters.delegation())) {
                throw new InvalidValue("delegation: unknown delegation '" + filters.delegation() + "'");
            }
            HistoryPage history = reading.history(new FindHistory(document.id(), filters.type(),
                    filters.delegation() == null ? null : Delegation.of(filters.delegation()),
                    instant(filters.from(), "from"), instant(filters.to(), "to"), instant(filters.asOf(), "asOf"),
                    Math.max(0, page), PAGE_SIZE));
            model.addAttribute("history", history);
        } catch (InvalidValue invalid) {
            model.addAttribute("problem", new Problem("history", invalid.field(), "", invalid.reason()));
        }
        return "history";
    }
}
