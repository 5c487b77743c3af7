package org.draftline.platform.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headers every answer carries, pages, API and reports alike, so that nothing Draftline serves can be
 * turned against its reader: scripts and styles only from Draftline's own files (no inline script, no
 * eval; Swagger UI's inline styles aside), never framed, no referrer sent elsewhere, no camera, microphone
 * or location. Every security filter chain applies {@link #headers()}.
 */
public final class SecurityHeaders {

    /** What a page may load: its own scripts, styles, images and connections (live updates), nothing inline. */
    public static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    public static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "display-capture=(), accelerometer=(), gyroscope=(), magnetometer=()";

    /**
     * Swagger UI (springdoc's page describing the API) applies an inline style from its script; that page
     * alone gets the policy with inline styles allowed, scripts still only from Draftline. It shows the API's
     * description, which Draftline's code writes, not anything recorded.
     */
    static final String API_DESCRIPTION_POLICY = POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    private static final RequestMatcher API_DESCRIPTION_PAGE = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui.html"));

    private static final Pattern STYLE_ELEMENT = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);

    private SecurityHeaders() {
    }

    /**
     * For every chain's {@code http.headers(...)}. Spring Security's defaults stay on ({@code nosniff},
     * HSTS on HTTPS, no caching of authenticated answers); a policy an answer already set is kept (Spring
     * Security's policy writer never replaces one).
     */
    public static Customizer<HeadersConfigurer<HttpSecurity>> headers() {
        return headers -> headers
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(API_DESCRIPTION_PAGE,
                        new ContentSecurityPolicyHeaderWriter(API_DESCRIPTION_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(API_DESCRIPTION_PAGE), new ContentSecurityPolicyHeaderWriter(POLICY)))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS))
                .frameOptions(frames -> frames.deny());
    }

    /**
     * The policy for a self-contained HTML document Draftline generates (a printable report, a redline),
     * whose styles travel inside it so that a saved copy prints alike: the same policy, with exactly these
     * style elements allowed by their SHA-256 hashes (CSP level 2), still no inline script.
     */
    public static String policyForGenerated(String html) {
        Set<String> hashes = new LinkedHashSet<>();
        Matcher style = STYLE_ELEMENT.matcher(html);
        while (style.find()) {
            hashes.add("'sha256-" + Base64.getEncoder().encodeToString(sha256(style.group(1))) + "'");
        }
        return hashes.isEmpty() ? POLICY
                : POLICY.replace("style-src 'self'", "style-src 'self' " + String.join(" ", hashes));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
