package org.draftline.query.notifications;

import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Posts a webhook's message: the JSON body as written in the outbox, signed
 * ({@code Draftline-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">}, keyed by the
 * secret's UTF-8 bytes), with {@code Draftline-Event-Id}. Redirects are not followed (a redirect could
 * lead where the URL may not point). Any 2xx answer is a delivery.
 */
@Component
class WebhookPoster {

    static final String SIGNATURE = "Draftline-Signature";
    static final String EVENT_ID = "Draftline-Event-Id";

    private final Webhooks webhooks;
    private final WebhookUrls urls;
    private final NotificationProperties properties;
    private final Clock clock;
    private final HttpClient http;

    WebhookPoster(Webhooks webhooks, WebhookUrls urls, NotificationProperties properties, Clock clock) {
        this.webhooks = webhooks;
        this.urls = urls;
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    Deliveries.Attempt post(Outbox.Message message) {
        Optional<Webhooks.Webhook> found = webhooks.find(message.webhookId());
        if (found.isEmpty()) {
            return Deliveries.Attempt.failed("the webhook was deleted");
        }
        Webhooks.Webhook webhook = found.get();
        URI uri = URI.create(webhook.url());
        try {
            urls.checkBeforeCalling(uri);
        } catch (IllegalArgumentException | IOException refused) {
            return Deliveries.Attempt.failed(refused.getMessage());
        }
        long seconds = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(properties.requestTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Draftline-Webhooks/1")
                .header(SIGNATURE, "t=" + seconds + ",v1=" + sign(webhook.secret(), seconds, message.content()))
                .header(EVENT_ID, message.key())
                .POST(HttpRequest.BodyPublishers.ofString(message.content(), StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return new Deliveries.Attempt(status >= 200 && status < 300, status,
                    status >= 200 && status < 300 ? null : "answered HTTP " + status);
        } catch (IOException unreachable) {
            return Deliveries.Attempt.failed(unreachable.toString());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Deliveries.Attempt.failed("interrupted");
        }
    }

    static String sign(String secret, long seconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((seconds + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
