package org.draftline.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The pages' "Happened at" is a date and time picker with a time zone beside it ({@code occurredAt} and
 * {@code occurredAtZone}); every act's handler reads {@code occurredAt} as the API does, so a page's post
 * has the two joined into the one value {@link org.draftline.platform.web.RequestTimes} reads
 * ({@code 2017-06-05T18:00[America/New_York]}) before any handler sees it. A value that already names its
 * zone or offset (a confirmation passing on what was typed) is left as it is.
 */
@Component
class OccurredAtWithItsZone extends OncePerRequestFilter {

    static final String FIELD = "occurredAt";
    static final String ZONE = "occurredAtZone";
    private static final Pattern LOCAL = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String local = request.getParameter(FIELD);
        if (local == null || !LOCAL.matcher(local.strip()).matches()) {
            chain.doFilter(request, response);
            return;
        }
        String zoned = Forms.zoned(local, request.getParameter(ZONE));
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getParameter(String name) {
                return FIELD.equals(name) ? zoned : super.getParameter(name);
            }

            @Override
            public String[] getParameterValues(String name) {
                return FIELD.equals(name) ? new String[] {zoned} : super.getParameterValues(name);
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                Map<String, String[]> parameters = new LinkedHashMap<>(super.getParameterMap());
                parameters.put(FIELD, new String[] {zoned});
                return Collections.unmodifiableMap(parameters);
            }
        }, response);
    }
}
