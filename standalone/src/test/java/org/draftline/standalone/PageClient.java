package org.draftline.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.BlockingQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser without the browser: signs in through the sign-in form, keeps the session cookie, and posts the
 * pages' forms as {@code application/x-www-form-urlencoded} with the CSRF token the page rendered, the way a
 * browser submits them (a field given several times is sent several times, in order).
 */
final class PageClient {

    private static final Pattern ALERT = Pattern.compile("role=\"alert\"[^>]*>(.*?)</(?:p|div)>", Pattern.DOTALL);
    /** A form's token, in Draftline's pages and the provider's alike (whatever attributes stand between). */
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    /** A form's answer: where the page sent the browser next. */
    record Posted(int status, String location, String problem) {

        /** The page's forms answer a recorded act with a redirect to the document marked {@code ?acted=}. */
        boolean recorded() {
            return status == 302 && location != null && location.contains("?acted=");
        }
    }

    private final String base;
    private final HttpClient http;
    private final List<String> visited = new ArrayList<>();
    private String csrf;

    private PageClient(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    static PageClient signedIn(String base, String user) {
        PageClient client = new PageClient(base);
        client.csrf = client.csrfOf("/login");
        Posted signIn = client.post("/login", List.of(Map.entry("username", user),
                Map.entry("password", DraftlineServer.PASSWORD)));
        assertThat(signIn.status()).as("signing in %s", user).isEqualTo(302);
        assertThat(signIn.location()).as("signing in %s", user).doesNotContain("error");
        // signing in gives the session a new token; every page of the session carries it (masked anew each time)
        client.csrf = client.csrfOf("/");
        return client;
    }

    /** A browser that has not signed in: it holds the sign-in page's CSRF token, and no session of an account. */
    static PageClient anonymous(String base) {
        PageClient client = new PageClient(base);
        client.csrf = client.csrfOf("/login");
        return client;
    }

    /**
     * A browser signed in through the identity provider: "Sign in with" on Draftline's page, the provider's
     * form as {@code user}, and back (authorization code with PKCE). Address Draftline as 127.0.0.1 and the
     * provider as localhost, so that their session cookies stay apart as a browser keeps them for two sites.
     */
    static PageClient throughProvider(String base, String user, String password) {
        PageClient client = signedOut(base);
        HttpResponse<String> landed = client.signInAtProvider(client.follow("/oauth2/authorization/idp"), user,
                password);
        assertThat(landed.statusCode()).as("signed in through the provider at %s", landed.uri()).isEqualTo(200);
        assertThat(landed.uri().toString()).as("signed in through the provider").startsWith(base);
        return client;
    }

    /** A browser that has not yet been anywhere: no session, no token. */
    static PageClient signedOut(String base) {
        return new PageClient(base);
    }

    /** Every address the browser was sent to while following redirects, in order. */
    List<String> visited() {
        return List.copyOf(visited);
    }

    /** Gets the page at {@code path} and follows where it sends the browser, across sites. */
    HttpResponse<String> follow(String path) {
        return follow(get(path));
    }

    /**
     * Signs in at the provider's sign-in {@code form} as {@code user}, then follows where the provider and
     * Draftline send the browser; landed signed in on a page of Draftline, the browser takes the session's
     * token for the forms it posts next.
     */
    HttpResponse<String> signInAtProvider(HttpResponse<String> form, String user, String password) {
        Matcher token = CSRF.matcher(form.body());
        assertThat(token.find()).as("the provider's sign-in form: %s", form.body()).isTrue();
        String fields = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        HttpResponse<String> answer = follow(send(HttpRequest.newBuilder(form.uri())
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(fields)).build()));
        if (answer.uri().toString().startsWith(base) && answer.statusCode() == 200
                && !answer.uri().getPath().equals("/login")) {
            csrf = csrfOf("/");
        }
        return answer;
    }

    /** Follows redirects one by one, wherever they lead, keeping each site's cookies. */
    private HttpResponse<String> follow(HttpResponse<String> answer) {
        for (int hops = 0; answer.statusCode() / 100 == 3; hops++) {
            assertThat(hops).as("redirects from %s", visited).isLessThan(10);
            URI next = answer.uri().resolve(answer.headers().firstValue("Location").orElseThrow());
            visited.add(next.toString());
            answer = send(HttpRequest.newBuilder(next).header("Accept", "text/html").GET().build());
        }
        return answer;
    }

    /** What the sign-in form answers {@code user} and {@code password}, in a session of its own. */
    static HttpResponse<String> trySignIn(String base, String user, String password) {
        PageClient client = new PageClient(base);
        String form = "_csrf=" + encode(client.csrfOf("/login")) + "&username=" + encode(user) + "&password="
                + encode(password);
        return client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** Posts the fields to {@code action} with the session's CSRF token, as a page's form does. */
    Posted post(String action, List<Map.Entry<String, String>> fields) {
        StringJoiner form = new StringJoiner("&");
        form.add("_csrf=" + encode(csrf));
        fields.forEach(field -> form.add(encode(field.getKey()) + "=" + encode(field.getValue())));
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString(), StandardCharsets.UTF_8)).build());
        String location = answer.headers().firstValue("Location").orElse(null);
        Posted posted = new Posted(answer.statusCode(), location, null);
        return posted.recorded() || location == null ? posted
                : new Posted(posted.status(), location, problemShownAt(location));
    }

    /**
     * Posts the fields and a file to {@code action} as {@code multipart/form-data}, as a form with a file input does,
     * with the session's CSRF token among the fields unless {@code withToken} is false.
     */
    Posted postWithFile(String action, List<Map.Entry<String, String>> fields, String fileField, String fileName,
                        byte[] file, boolean withToken) {
        HttpResponse<String> answer = send(multipart(action, fields, fileField, fileName, file, withToken).build());
        String location = answer.headers().firstValue("Location").orElse(null);
        Posted posted = new Posted(answer.statusCode(), location, null);
        return posted.recorded() || location == null ? posted
                : new Posted(posted.status(), location, problemShownAt(location));
    }

    /** Posts the fields and a file as {@link #postWithFile} does and answers the page shown in return (a confirmation). */
    HttpResponse<String> postFileForPage(String action, List<Map.Entry<String, String>> fields, String fileField,
                                         String fileName, byte[] file) {
        return send(multipart(action, fields, fileField, fileName, file, true).header("Accept", "text/html").build());
    }

    private HttpRequest.Builder multipart(String action, List<Map.Entry<String, String>> fields, String fileField,
                                          String fileName, byte[] file, boolean withToken) {
        String boundary = "----page-form-" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        List<Map.Entry<String, String>> all = new ArrayList<>();
        if (withToken) {
            all.add(Map.entry("_csrf", csrf));
        }
        all.addAll(fields);
        for (Map.Entry<String, String> field : all) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    /** Posts the fields as {@link #post} does and answers the page the server shows in return (a confirmation). */
    HttpResponse<String> postForPage(String action, List<Map.Entry<String, String>> fields) {
        StringJoiner form = new StringJoiner("&");
        form.add("_csrf=" + encode(csrf));
        fields.forEach(field -> form.add(encode(field.getKey()) + "=" + encode(field.getValue())));
        return send(HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString(), StandardCharsets.UTF_8)).build());
    }

    /**
     * The form of {@code page} whose button reads {@code button}: its action and its hidden fields (other than
     * the CSRF token, which {@link #post} adds), in order, as a browser would send them.
     */
    static Map.Entry<String, List<Map.Entry<String, String>>> form(String page, String button) {
        Matcher forms = Pattern.compile("<form[^>]*action=\"([^\"]+)\"[^>]*>(.*?)</form>", Pattern.DOTALL).matcher(page);
        while (forms.find()) {
            if (!forms.group(2).contains(">" + button + "<")) {
                continue;
            }
            List<Map.Entry<String, String>> fields = new ArrayList<>();
            Matcher hidden = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")
                    .matcher(forms.group(2));
            while (hidden.find()) {
                if (!hidden.group(1).equals("_csrf")) {
                    fields.add(Map.entry(unescape(hidden.group(1)), unescape(hidden.group(2))));
                }
            }
            return Map.entry(unescape(forms.group(1)), fields);
        }
        throw new AssertionError("no form with the button '" + button + "' in " + page);
    }

    /** A text as Thymeleaf writes it into a page. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** What an HTML attribute's or text's escapes stand for (those Thymeleaf writes). */
    static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&#10;", "\n").replace("&amp;", "&");
    }

    /** A page's words as read: tags dropped, escapes undone, spaces collapsed. */
    static String text(String html) {
        return unescape(html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]+>", " "))
                .replaceAll("\\s+", " ");
    }

    String page(String path) {
        HttpResponse<String> answer = get(path);
        assertThat(answer.statusCode()).as("GET %s", path).isEqualTo(200);
        return answer.body();
    }

    /** A page as the browser gets it, whatever its status. */
    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET().build());
    }

    /**
     * The server-sent events a page listens to at {@code path}, as they come: each {@code event} line with its
     * {@code data}, as {@code "name data"}, put in {@code received} by a thread of its own until the stream ends.
     */
    HttpResponse<Stream<String>> listen(String path, BlockingQueue<String> received) {
        HttpResponse<Stream<String>> answer;
        try {
            answer = http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/event-stream")
                    .GET().build(), HttpResponse.BodyHandlers.ofLines());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Thread reader = new Thread(() -> {
            String[] name = {"message"};
            try {
                answer.body().forEach(line -> {
                    if (line.startsWith("event:")) {
                        name[0] = line.substring("event:".length()).strip();
                    } else if (line.startsWith("data:")) {
                        received.add(name[0] + " " + line.substring("data:".length()).strip());
                        name[0] = "message";
                    }
                });
            } catch (RuntimeException ended) {
                // the server or the test hung up
            }
        }, "page-events " + path);
        reader.setDaemon(true);
        reader.start();
        return answer;
    }

    /** What the page the browser was sent back to says beside the form (the refusal it keeps for one view). */
    private String problemShownAt(String location) {
        String target = location.startsWith("http") ? URI.create(location).getRawPath() : location.split("#")[0];
        Matcher alert = ALERT.matcher(page(target));
        StringJoiner problems = new StringJoiner(" | ");
        while (alert.find()) {
            problems.add(alert.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip());
        }
        return problems.toString();
    }

    private String csrfOf(String page) {
        Matcher token = CSRF.matcher(page(page));
        assertThat(token.find()).as("a CSRF token on %s", page).isTrue();
        return token.group(1);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
