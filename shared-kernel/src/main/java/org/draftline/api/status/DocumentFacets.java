package org.draftline.api.status;

import java.util.List;

/** The whole list's count and the distinct bodies and sessions, sorted, for filtering a page of it. */
public record DocumentFacets(long total, List<String> bodies, List<String> sessions) {
}
