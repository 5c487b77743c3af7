package org.draftline.api.status;

import org.draftline.api.document.AdoptionMethod;
import org.draftline.api.document.Votes;
import org.draftline.api.draft.DraftLabel;

import java.time.Instant;
import java.time.LocalDate;

public record AdoptionView(String symbol, LocalDate adoptedOn, AdoptionMethod method, Votes votes, String draftSymbol,
                           DraftLabel text, Instant recordedAt) {
}
