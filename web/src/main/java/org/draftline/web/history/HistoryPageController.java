package org.draftline.web.history;

import org.draftline.api.delegation.Delegation;
import org.draftline.api.history.FindHistory;
import org.draftline.api.history.HistoryPage;
import org.draftline.api.report.ReportFormat;
import org.draftline.api.status.DocumentStatus;
import org.draftline.platform.web.HistoryFilters;
import org.draftline.web.Reading;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Stream;

/**
 * A document's audit trail: every act with both of its times, filtered and paged as the API does it. A wrong
 * filter value is named beside its field and left out, the others still apply; the view has an address of its
 * own and downloads in every report format, carrying the filters that apply.
 */
@Controller
class HistoryPageController {

    private static final int PAGE_SIZE = 25;
    private static final List<Delegation> BY_NAME = Delegation.all().stream()
            .sorted(Comparator.comparing(Delegation::name, String.CASE_INSENSITIVE_ORDER)).toList();

    /** The filters' names as the form labels them, for the message that names a refused one. */
    private static final Map<String, String> LABELS = Map.of("type", "Act", "delegation", "Delegation",
            "from", "Happened from", "to", "Happened up to", "asOf", "The record as it stood at");

    private final Reading reading;

    HistoryPageController(Reading reading) {
        this.reading = reading;
    }

    /** The filters as typed, shown again in the form. */
    record Typed(String type, String delegation, String from, String to, String asOf) {

        /** As request parameters, leaving out the empty ones and those named in {@code refused}. */
        Map<String, String> parameters(Map<String, String> refused) {
            Map<String, String> parameters = new LinkedHashMap<>();
            put(parameters, refused, "type", type);
            put(parameters, refused, "delegation", delegation);
            put(parameters, refused, "from", from);
            put(parameters, refused, "to", to);
            put(parameters, refused, "asOf", asOf);
            return parameters;
        }

        private static void put(Map<String, String> parameters, Map<String, String> refused, String name, String value) {
            if (value != null && !value.isBlank() && !refused.containsKey(name)) {
                parameters.put(name, value.strip());
            }
        }
    }

    record Download(String name, String address) {
    }

    @GetMapping("/documents/{id}/history")
    String history(@PathVariable String id, @RequestParam(required = false) String type,
                   @RequestParam(required = false) String delegation, @RequestParam(required = false) String from,
                   @RequestParam(required = false) String to, @RequestParam(required = false) String asOf,
                   @RequestParam(defaultValue = "0") int page, Model model) {
        DocumentStatus document = reading.document(id, null);
        Typed typed = new Typed(type, delegation, from, to, asOf);
        HistoryFilters.Checked checked = HistoryFilters.pages(type, delegation, from, to, asOf);
        HistoryFilters filters = checked.filters();
        HistoryPage history = reading.history(new FindHistory(document.id(), filters.type(), filters.delegation(),
                filters.from(), filters.to(), filters.asOf(), Math.max(0, page), PAGE_SIZE));
        Map<String, String> applied = typed.parameters(checked.refused());
        String historyPage = "/documents/" + document.id().value() + "/history";
        String reports = "/documents/" + document.id().value() + "/reports/audit-trail";
        model.addAttribute("document", document);
        model.addAttribute("filters", typed);
        model.addAttribute("refused", checked.refused());
        model.addAttribute("labels", LABELS);
        model.addAttribute("filtered", !filters.isEmpty());
        model.addAttribute("types", HistoryFilters.EVENT_TYPES);
        model.addAttribute("delegations", BY_NAME);
        model.addAttribute("history", history);
        model.addAttribute("viewAddress", address(historyPage, applied, null));
        model.addAttribute("earlier", history.page() > 0 ? address(historyPage, applied, history.page() - 1) : null);
        model.addAttribute("later", history.page() + 1 < history.totalPages()
                ? address(historyPage, applied, history.page() + 1) : null);
        // the formats people read first, then the others, every one the reports come in
        model.addAttribute("downloads", Stream.concat(Stream.of(ReportFormat.HTML, ReportFormat.PDF),
                        Arrays.stream(ReportFormat.values()).filter(f -> f != ReportFormat.HTML && f != ReportFormat.PDF))
                .map(format -> new Download(formatName(format), address(reports, withFormat(applied, format), null)))
                .toList());
        return "history";
    }

    private static String formatName(ReportFormat format) {
        return switch (format) {
            case HTML -> "Web page (HTML)";
            case PDF -> "PDF";
            case CSV -> "Spreadsheet (CSV)";
            case MD -> "Markdown";
            case JSON -> "JSON";
        };
    }

    private static Map<String, String> withFormat(Map<String, String> parameters, ReportFormat format) {
        Map<String, String> withFormat = new LinkedHashMap<>();
        withFormat.put("format", format.extension());
        withFormat.putAll(parameters);
        return withFormat;
    }

    /** Each value percent-encoded whole, so that a {@code +} of an offset stays a plus. */
    private static String address(String path, Map<String, String> parameters, Integer page) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        parameters.forEach((name, value) -> query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        if (page != null && page > 0) {
            query.add("page=" + page);
        }
        return path + query;
    }
}
