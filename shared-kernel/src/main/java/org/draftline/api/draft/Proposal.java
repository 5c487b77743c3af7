package org.draftline.api.draft;

import org.draftline.api.InvalidValue;
import org.draftline.api.Recorded;
import org.draftline.api.Fields;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A paragraph-level proposal: amend paragraph OP3 to read the text, insert the text as a new paragraph
 * after PP2, or delete OP7 (a deletion carries no text).
 */
public record Proposal(String paragraph, ProposalAction action, String text) {

    private static final Pattern PARAGRAPH = Pattern.compile("(PP|OP)[1-9][0-9]{0,3}(\\([A-Z]{1,2}\\))?");

    /** A paragraph label as drafts write it: {@code op3(A)} becomes {@code OP3(a)}. */
    public static String label(String paragraph) {
        String upper = paragraph.strip().toUpperCase(Locale.ROOT);
        int bracket = upper.indexOf('(');
        return bracket < 0 ? upper : upper.substring(0, bracket) + upper.substring(bracket).toLowerCase(Locale.ROOT);
    }

    public Proposal {
        if (!Recorded.isBeingRead()) {
            paragraph = checkedParagraph(paragraph);
            text = checkedText(action, text);
        }
    }

    private static String checkedParagraph(String paragraph) {
        paragraph = label(Fields.text(paragraph, "proposals[].paragraph"));
        if (!PARAGRAPH.matcher(paragraph.toUpperCase(Locale.ROOT)).matches()) {
            throw new InvalidValue("proposals[].paragraph: '" + paragraph
                    + "' is not a paragraph; expected PP1, PP2, ... (preambular), OP1, OP2, ... (operative) or a "
                    + "sub-paragraph such as OP3(a)");
        }
        return paragraph;
    }

    private static String checkedText(ProposalAction action, String text) {
        Fields.required(action, "proposals[].action");
        text = Fields.optionalText(text, "proposals[].text");
        if (action == ProposalAction.DELETE && text != null) {
            throw new InvalidValue("proposals[].text: a DELETE proposal carries no text");
        }
        if (action != ProposalAction.DELETE && text == null) {
            throw new InvalidValue("proposals[].text: required for " + action);
        }
        return text;
    }
}
