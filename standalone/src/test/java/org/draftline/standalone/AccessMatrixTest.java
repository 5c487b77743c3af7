package org.draftline.standalone;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.draftline.standalone.SeedNegotiations.body;

/**
 * Who may do what, as one table: every API endpoint and every page action, for each kind of caller, with
 * the answer expected. A row names the state the document must be in; an act the table expects to be
 * recorded gets a document of its own in that state (so that one caller's success does not change what the
 * next one meets), and a refusal is tried on a shared document, which must be left exactly as it was.
 * Rows marked {@code +MEMBERS} run on a members-only document.
 */
class AccessMatrixTest {

    /** The callers, in the order of the table's columns. */
    enum Caller {
        SECRETARIAT("secretariat"),
        /** Belgium, appointed co-facilitator of every document the table prepares. */
        CO_FACILITATOR("belgium"),
        /** Ecuador, mandated to speak for the G77 (the inputs and breaks of the table are on its behalf). */
        MANDATED("ecuador"),
        /** Mexico, which holds no mandate of the G77. */
        UNMANDATED("mexico"),
        OBSERVER("observer"),
        /** Mexico's person signed in through the identity provider: a bearer token, or its sign-in on the pages. */
        OIDC(null),
        ANONYMOUS(null);

        final String user;

        Caller(String user) {
            this.user = user;
        }
    }

    /**
     * The API. Columns: the document's state, the method and path ({@code {doc}} is the row's document),
     * then the answer per caller in {@link Caller} order: a status, with the problem's code after a colon.
     */
    private static final String API = """
            NONE        POST  /api/documents                                  201  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  401
            REGISTERED  POST  {doc}/co-facilitators                           200  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  401
            APPOINTED   POST  {doc}/zero-draft                                403:NOT_A_CO_FACILITATOR  200  403:NOT_A_CO_FACILITATOR  403:NOT_A_CO_FACILITATOR  403:NOT_A_CO_FACILITATOR  403:NOT_A_CO_FACILITATOR  401
            APPOINTED   POST  {doc}/meetings                                  403:NOT_A_CO_FACILITATOR  200  403:NOT_A_CO_FACILITATOR  403:NOT_A_CO_FACILITATOR  403:NOT_A_CO_FACILITATOR  403:NOT_A_CO_FACILITATOR  401
            APPOINTED   POST  {doc}/supporting-documents                      200  200  403:NOT_SECRETARIAT_OR_CO_FACILITATOR  403:NOT_SECRETARIAT_OR_CO_FACILITATOR  403:NOT_SECRETARIAT_OR_CO_FACILITATOR  403:NOT_SECRETARIAT_OR_CO_FACILITATOR  401
            ZERO_DRAFT  POST  {doc}/inputs                                    403:NOT_A_DELEGATE  403:NOT_MANDATED_FOR_GROUP  200  403:NOT_MANDATED_FOR_GROUP  403:NOT_A_DELEGATE  403:NOT_MANDATED_FOR_GROUP  401
            ZERO_DRAFT  POST  {doc}/inputs#own                                403:NOT_A_DELEGATE  200  200  200  403:NOT_A_DELEGATE  200  401
            ZERO_DRAFT  POST  {doc}/revised-drafts                            403:NOT_A_CO_FACILITATOR  200  403:NOT_A_CO_FACILITATOR  403:NOT_A_CO_FACILITATOR  403:NOT_A_CO_FACILITATOR  403:NOT_A_CO_FACILITATOR  401
            ZERO_DRAFT  POST  {doc}/drafts/zero/paragraph-status              403:NOT_A_CO_FACILITATOR  200  403:NOT_A_CO_FACILITATOR  403:NOT_A_CO_FACILITATOR  403:NOT_A_CO_FACILITATOR  403:NOT_A_CO_FACILITATOR  401
            ZERO_DRAFT  POST  {doc}/input-window#extend                       403:NOT_A_CO_FACILITATOR  200  403:NOT_A_CO_FACILITATOR  403:NOT_A_CO_FACILITATOR  403:NOT_A_CO_FACILITATOR  403:NOT_A_CO_FACILITATOR  401
            ZERO_DRAFT  POST  {doc}/withdrawal                                200  200  403:NOT_SECRETARIAT_OR_CO_FACILITATOR  403:NOT_SECRETARIAT_OR_CO_FACILITATOR  403:NOT_SECRETARIAT_OR_CO_FACILITATOR  403:NOT_SECRETARIAT_OR_CO_FACILITATOR  401
            REVISED     POST  {doc}/input-window                              403:NOT_A_CO_FACILITATOR  200  403:NOT_A_CO_FACILITATOR  403:NOT_A_CO_FACILITATOR  403:NOT_A_CO_FACILITATOR  403:NOT_A_CO_FACILITATOR  401
            REVISED     POST  {doc}/silence-procedure                         403:NOT_A_CO_FACILITATOR  200  403:NOT_A_CO_FACILITATOR  403:NOT_A_CO_FACILITATOR  403:NOT_A_CO_FACILITATOR  403:NOT_A_CO_FACILITATOR  401
            REVISED     POST  {doc}/final-draft                               403:NOT_A_CO_FACILITATOR  200  403:NOT_A_CO_FACILITATOR  403:NOT_A_CO_FACILITATOR  403:NOT_A_CO_FACILITATOR  403:NOT_A_CO_FACILITATOR  401
            SILENCE     POST  {doc}/silence-procedure/extension               403:NOT_A_CO_FACILITATOR  200  403:NOT_A_CO_FACILITATOR  403:NOT_A_CO_FACILITATOR  403:NOT_A_CO_FACILITATOR  403:NOT_A_CO_FACILITATOR  401
            SILENCE     POST  {doc}/silence-procedure/breaks                  403:NOT_A_DELEGATE  403:NOT_MANDATED_FOR_GROUP  200  403:NOT_MANDATED_FOR_GROUP  403:NOT_A_DELEGATE  403:NOT_MANDATED_FOR_GROUP  401
            SILENCE     POST  {doc}/silence-procedure/breaks#own              403:NOT_A_DELEGATE  409:CO_FACILITATOR_CANNOT_BREAK_SILENCE  200  200  403:NOT_A_DELEGATE  200  401
            FINAL       POST  {doc}/consensus                                 403:NOT_A_CO_FACILITATOR  200  403:NOT_A_CO_FACILITATOR  403:NOT_A_CO_FACILITATOR  403:NOT_A_CO_FACILITATOR  403:NOT_A_CO_FACILITATOR  401
            CONSENSUS   POST  {doc}/adoption                                  200  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  401
            FULL        GET   /api/documents                                  200  200  200  200  200  200  401
            FULL        GET   {doc}                                           200  200  200  200  200  200  401
            FULL        GET   {doc}/history                                   200  200  200  200  200  200  401
            FULL        GET   {doc}/inputs                                    200  200  200  200  200  200  401
            FULL        GET   {doc}/drafts                                    200  200  200  200  200  200  401
            FULL        GET   {doc}/drafts/zero                               200  200  200  200  200  200  401
            FULL        GET   {doc}/drafts/rev1/compare?with=zero             200  200  200  200  200  200  401
            FULL        GET   {doc}/drafts/zero/compilation                   200  200  200  200  200  200  401
            FULL        GET   {doc}/drafts/rev1/negotiating-text              200  200  200  200  200  200  401
            FULL        GET   {doc}/reports/timeline                          200  200  200  200  200  200  401
            FULL        GET   {doc}/reports/participation                     200  200  200  200  200  200  401
            FULL        GET   {doc}/reports/silence                           200  200  200  200  200  200  401
            FULL        GET   {doc}/reports/audit-trail                       200  200  200  200  200  200  401
            FULL        GET   {doc}/export/akn                                200  200  200  200  200  200  401
            FULL        GET   {doc}/integrity                                 200  200  200  200  200  200  401
            FULL        GET   /api/delegations/MEX/activity                   200  200  200  200  200  200  401
            FULL        GET   /api/integrity/key                              200  200  200  200  200  200  200
            FULL        GET   /api/admin/dead-letters                         200  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  401
            NONE        POST  /api/admin/dead-letters/history/retry           200  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  401
            FULL        GET   /api/admin/projections                          200  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  401
            NONE        POST  /api/admin/projections/rebuild                  202  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  401
            REGISTERED  POST  {doc}/visibility                                200  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  401
            NONE        POST  /api/groups/G77/spokespersons                   201  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  401
            FULL        GET   /api/groups                                     200  200  200  200  200  200  401
            FULL        GET   /api/groups/G77                                 200  200  200  200  200  200  401
            FULL        GET   /api/groups/G77/integrity                       200  200  200  200  200  200  401
            FULL+MEMBERS  GET   /api/documents                                  200  200  200  200  200  200  401
            FULL+MEMBERS  GET   {doc}                                           200  200  200  200  200  200  401
            FULL+MEMBERS  GET   {doc}/drafts                                    200  200  200  200  200  200  401
            FULL+MEMBERS  GET   {doc}/drafts/zero                               200  200  200  200  200  200  401
            FULL+MEMBERS  GET   {doc}/drafts/rev1/compare?with=zero             200  200  200  200  200  200  401
            FULL+MEMBERS  GET   {doc}/integrity                                 200  200  200  200  200  200  401
            FULL+MEMBERS  GET   /api/delegations/MEX/activity                   200  200  200  200  200  200  401
            FULL+MEMBERS  GET   {doc}/history                                   200  200  200  200  403:MEMBERS_ONLY  200  401
            FULL+MEMBERS  GET   {doc}/inputs                                    200  200  200  200  403:MEMBERS_ONLY  200  401
            FULL+MEMBERS  GET   {doc}/drafts/zero/compilation                   200  200  200  200  403:MEMBERS_ONLY  200  401
            FULL+MEMBERS  GET   {doc}/drafts/rev1/negotiating-text              200  200  200  200  403:MEMBERS_ONLY  200  401
            FULL+MEMBERS  GET   {doc}/drafts/rev1/negotiating-text?format=docx  200  200  200  200  403:MEMBERS_ONLY  200  401
            FULL+MEMBERS  GET   {doc}/reports/timeline                          200  200  200  200  403:MEMBERS_ONLY  200  401
            FULL+MEMBERS  GET   {doc}/reports/participation                     200  200  200  200  403:MEMBERS_ONLY  200  401
            FULL+MEMBERS  GET   {doc}/reports/silence                           200  200  200  200  403:MEMBERS_ONLY  200  401
            FULL+MEMBERS  GET   {doc}/reports/audit-trail                       200  200  200  200  403:MEMBERS_ONLY  200  401
            FULL+MEMBERS  GET   {doc}/export/akn                                200  200  200  200  403:MEMBERS_ONLY  200  401
            FULL        GET   /api/feeds/documents/{id}                       200  200  200  200  200  200  401
            FULL        GET   /api/feeds/delegations/MEX                      200  200  200  200  200  200  401
            FULL        GET   /api/feeds/all                                  200  200  200  200  200  200  401
            FULL        GET   /api/calendars/documents/{id}                   200  200  200  200  200  200  401
            FULL        GET   /api/calendars/delegations/MEX                  200  200  200  200  200  200  401
            FULL        GET   /api/feeds/token                                200  200  200  200  200  409  401
            NONE        POST  /api/feeds/token                                200  200  200  200  200  409  401
            FULL+MEMBERS  GET   /api/feeds/documents/{id}                       200  200  200  200  403:MEMBERS_ONLY  200  401
            FULL+MEMBERS  GET   /api/feeds/delegations/MEX                      200  200  200  200  200  200  401
            FULL+MEMBERS  GET   /api/feeds/all                                  200  200  200  200  200  200  401
            FULL+MEMBERS  GET   /api/calendars/documents/{id}                   200  200  200  200  200  200  401
            FULL+MEMBERS  GET   /api/calendars/delegations/MEX                  200  200  200  200  200  200  401
            FULL        GET   {doc}/drafts/zero?format=docx                   200  200  200  200  200  200  401
            FULL        GET   {doc}/drafts/zero?format=pdf                    200  200  200  200  200  200  401
            FULL        GET   {doc}/drafts/rev1/compare?with=zero&format=docx  200  200  200  200  200  200  401
            FULL        GET   {doc}/drafts/zero/compilation?format=csv        200  200  200  200  200  200  401
            FULL+MEMBERS  GET   {doc}/drafts/zero?format=docx                   200  200  200  200  200  200  401
            FULL+MEMBERS  GET   {doc}/drafts/zero?format=pdf                    200  200  200  200  200  200  401
            FULL+MEMBERS  GET   {doc}/drafts/zero?format=txt                    200  200  200  200  200  200  401
            FULL+MEMBERS  GET   {doc}/drafts/rev1/compare?with=zero&format=docx  200  200  200  200  200  200  401
            FULL+MEMBERS  GET   {doc}/drafts/zero/compilation?format=docx       200  200  200  200  403:MEMBERS_ONLY  200  401
            FULL+MEMBERS  GET   {doc}/drafts/zero/compilation?format=pdf        200  200  200  200  403:MEMBERS_ONLY  200  401
            FULL+MEMBERS  GET   {doc}/drafts/zero/compilation?format=csv        200  200  200  200  403:MEMBERS_ONLY  200  401
            NONE        POST  /api/webhooks                                   201  201  201  201  201  201  401
            FULL        GET   /api/webhooks                                   200  200  200  200  200  200  401
            FULL        GET   /api/webhooks?all=true                          200  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  401
            FULL        GET   /api/account/notifications                      200  200  200  200  200  200  401
            NONE        POST  /api/meetings                                   201  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  401
            NONE        POST  /api/meetings/matrix-meeting/segments           200  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  401
            NONE        PUT   /api/meetings/matrix-meeting/segments/plenary   200  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  401
            NONE        POST  /api/meetings/matrix-meeting/speakers#group     403:NOT_A_DELEGATE  403:NOT_MANDATED_FOR_GROUP  200  403:NOT_MANDATED_FOR_GROUP  403:NOT_A_DELEGATE  403:NOT_MANDATED_FOR_GROUP  401
            NONE        POST  /api/meetings/matrix-meeting/speakers#own       403:NOT_A_DELEGATE  200  200  200  403:NOT_A_DELEGATE  200  401
            NONE        POST  /api/meetings/matrix-meeting/statements         200  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  403:NOT_SECRETARIAT  401
            NONE        GET   /api/meetings                                   200  200  200  200  200  200  401
            NONE        GET   /api/meetings/matrix-meeting                    200  200  200  200  200  200  401
            NONE        GET   /api/meetings/matrix-meeting/speakers           200  200  200  200  200  200  401
            NONE        GET   /api/meetings/matrix-meeting/statements         200  200  200  200  200  200  401
            NONE        GET   /api/meetings/matrix-meeting/reports/programme  200  200  200  200  200  200  401
            NONE        GET   /api/meetings/matrix-meeting/reports/speakers   200  200  200  200  200  200  401
            NONE        GET   /api/meetings/matrix-meeting/reports/statements  200  200  200  200  200  200  401
            NONE        GET   /api/meetings/matrix-meeting/reports/delegations  200  200  200  200  200  200  401
            """;

    /**
     * The pages: {@code ok} a page shown or an act recorded, {@code refused} an act the page answered with
     * the problem beside its form (and left the record as it was), {@code login} sent to sign in first, or a
     * status.
     */
    private static final String PAGES = """
            NONE        POST  /documents                                      ok  refused  refused  refused  refused  refused  login
            REGISTERED  POST  {page}/co-facilitators                          ok  refused  refused  refused  refused  refused  login
            APPOINTED   POST  {page}/zero-draft                               refused  ok  refused  refused  refused  refused  login
            APPOINTED   POST  {page}/meetings                                 refused  ok  refused  refused  refused  refused  login
            APPOINTED   POST  {page}/supporting-documents                     ok  ok  refused  refused  refused  refused  login
            ZERO_DRAFT  POST  {page}/inputs                                   refused  refused  ok  refused  refused  refused  login
            ZERO_DRAFT  POST  {page}/inputs#own                               refused  ok  ok  ok  refused  ok  login
            ZERO_DRAFT  POST  {page}/revised-drafts                           refused  ok  refused  refused  refused  refused  login
            ZERO_DRAFT  POST  {page}/input-window#extend                      refused  ok  refused  refused  refused  refused  login
            ZERO_DRAFT  POST  {page}/withdrawal                               ok  ok  refused  refused  refused  refused  login
            ZERO_DRAFT  POST  {page}/drafts/zero/paragraph-status             refused  ok  refused  refused  refused  refused  login
            REVISED     POST  {page}/silence                                  refused  ok  refused  refused  refused  refused  login
            REVISED     POST  {page}/final-draft                              refused  ok  refused  refused  refused  refused  login
            SILENCE     POST  {page}/silence/extension                        refused  ok  refused  refused  refused  refused  login
            SILENCE     POST  {page}/silence/breaks                           refused  refused  ok  refused  refused  refused  login
            SILENCE     POST  {page}/silence/breaks#own                       refused  refused  ok  ok  refused  ok  login
            FINAL       POST  {page}/consensus                                refused  ok  refused  refused  refused  refused  login
            CONSENSUS   POST  {page}/adoption                                 ok  refused  refused  refused  refused  refused  login
            FULL        GET   /                                               ok  ok  ok  ok  ok  ok  login
            FULL        GET   {page}                                          ok  ok  ok  ok  ok  ok  login
            FULL        GET   {page}/history                                  ok  ok  ok  ok  ok  ok  login
            FULL        GET   {page}/compare?from=zero&to=rev1                ok  ok  ok  ok  ok  ok  login
            FULL        GET   {page}/write/revised-draft                      ok  ok  ok  ok  ok  ok  login
            FULL        GET   {page}/reports/audit-trail                      ok  ok  ok  ok  ok  ok  login
            FULL        GET   {page}/export/akn                               ok  ok  ok  ok  ok  ok  login
            FULL        GET   /delegations/MEX                                ok  ok  ok  ok  ok  ok  login
            FULL        GET   /delegations/MEX/activity                       ok  ok  ok  ok  ok  ok  login
            REGISTERED  POST  {page}/visibility                               ok  refused  refused  refused  refused  refused  login
            FULL+MEMBERS  GET   {page}                                          ok  ok  ok  ok  ok  ok  login
            FULL+MEMBERS  GET   {page}/compare?from=zero&to=rev1                ok  ok  ok  ok  ok  ok  login
            FULL+MEMBERS  GET   /delegations/MEX/activity                       ok  ok  ok  ok  ok  ok  login
            FULL+MEMBERS  GET   {page}/history                                  ok  ok  ok  ok  403  ok  login
            FULL+MEMBERS  GET   {page}/reports/audit-trail                      ok  ok  ok  ok  403  ok  login
            FULL+MEMBERS  GET   {page}/export/akn                               ok  ok  ok  ok  403  ok  login
            FULL        GET   /api/feeds/documents/{id}                       ok  ok  ok  ok  ok  ok  401
            FULL        GET   /api/calendars/delegations/MEX                  ok  ok  ok  ok  ok  ok  401
            FULL+MEMBERS  GET   /api/feeds/documents/{id}                       ok  ok  ok  ok  403  ok  401
            FULL        GET   {page}/drafts/zero?format=docx                  ok  ok  ok  ok  ok  ok  login
            FULL        GET   {page}/drafts/rev1/compare?with=zero            ok  ok  ok  ok  ok  ok  login
            FULL        GET   {page}/drafts/zero/compilation?format=csv       ok  ok  ok  ok  ok  ok  login
            FULL+MEMBERS  GET   {page}/drafts/zero?format=pdf                   ok  ok  ok  ok  ok  ok  login
            FULL+MEMBERS  GET   {page}/drafts/rev1/compare?with=zero&format=docx  ok  ok  ok  ok  ok  ok  login
            FULL+MEMBERS  GET   {page}/drafts/zero/compilation                  ok  ok  ok  ok  403  ok  login
            FULL+MEMBERS  GET   {page}/drafts/zero/compilation?format=docx      ok  ok  ok  ok  403  ok  login
            FULL        GET   {page}/drafts/rev1/reading                      ok  ok  ok  ok  ok  ok  login
            FULL+MEMBERS  GET   {page}/drafts/rev1/reading                      ok  ok  ok  ok  403  ok  login
            FULL+MEMBERS  GET   {page}/drafts/rev1/negotiating-text?format=docx  ok  ok  ok  ok  403  ok  login
            FULL        GET   /account/notifications                          ok  ok  ok  ok  ok  ok  login
            NONE        GET   /meetings                                       ok  ok  ok  ok  ok  ok  login
            NONE        GET   /meetings/matrix-page-meeting                   ok  ok  ok  ok  ok  ok  login
            NONE        GET   /meetings/matrix-page-meeting/speakers          ok  ok  ok  ok  ok  ok  login
            NONE        GET   /meetings/matrix-page-meeting/reports/statements  ok  ok  ok  ok  ok  ok  login
            NONE        POST  /meetings/matrix-page-meeting/segments          ok  refused  refused  refused  refused  refused  login
            NONE        POST  /meetings/matrix-page-meeting/speakers          refused  ok  ok  ok  refused  ok  login
            NONE        POST  /meetings/matrix-page-meeting/statements        ok  refused  refused  refused  refused  refused  login
            """;

    @TempDir
    static Path dataDir;

    private static TestIdentityProvider provider;
    private static DraftlineServer server;
    private static ApiClient api;
    private static ApiClient oidc;
    private static final Map<Caller, PageClient> pages = new EnumMap<>(Caller.class);
    private static final Map<String, String> shared = new ConcurrentHashMap<>();
    /** Documents prepared ahead, by state, one for each act the tables expect to be recorded. */
    private static final Map<String, Queue<String>> fresh = new ConcurrentHashMap<>();
    private static final AtomicInteger documents = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        provider = TestIdentityProvider.start();
        server = DraftlineServer.start(dataDir, provider.draftlineArguments());
        api = server.client();
        oidc = api.withBearer(provider.clientToken("mexico-script"));
        SeedNegotiations.mandate(api, "G77", "ECU", OffsetDateTime.now(ZoneOffset.UTC).minusDays(30).toLocalDate()
                .toString(), OffsetDateTime.now(ZoneOffset.UTC).plusDays(365).toLocalDate().toString());
        // the pages at 127.0.0.1, the provider at localhost: two sites, as a browser keeps their cookies
        String base = "http://127.0.0.1:" + server.port();
        for (Caller caller : Caller.values()) {
            pages.put(caller, switch (caller) {
                case OIDC -> PageClient.throughProvider(base, "juan", TestIdentityProvider.PASSWORD);
                case ANONYMOUS -> PageClient.anonymous(base);
                default -> PageClient.signedIn(base, caller.user);
            });
        }
        prepareDocuments();
        prepareMeeting();
    }

    /** The meeting the meeting rows act on, with its plenary, organized by a document of its own. */
    private static void prepareMeeting() {
        SeedNegotiations.act(api, "secretariat", "/api/documents", body("id", "matrix-meeting-modalities",
                "title", "Modalities of the matrix meeting", "kind", "RESOLUTION", "body", "General Assembly"));
        SeedNegotiations.act(api, "secretariat", "/api/meetings", meeting("matrix-meeting"));
        SeedNegotiations.act(api, "secretariat", MEETING + "/segments", segment("plenary"));
        SeedNegotiations.act(api, "secretariat", "/api/meetings", meeting("matrix-page-meeting"));
    }

    private static final String MEETING = "/api/meetings/matrix-meeting";
    /** The pages' acts have a meeting of their own: their statements end on the minute, the API's on the second. */
    private static final String PAGE_MEETING = "/meetings/matrix-page-meeting";

    private static Map<String, Object> meeting(String id) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return body("id", id, "title", "Matrix meeting", "organizedBy", "matrix-meeting-modalities", "startsOn",
                today.minusDays(1).toString(), "endsOn", today.plusDays(1).toString(), "timeLimits",
                body("delegation", "PT3M", "group", "PT5M"));
    }

    private static Map<String, Object> segment(String id) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
        return body("id", id, "kind", "PLENARY", "title", "Plenary " + id, "startsAt", now.minusHours(1).toString(),
                "endsAt", now.plusHours(3).toString());
    }

    /** A plenary of its own for an act on a list of speakers, so one caller's inscription leaves the next one's free. */
    private static String freshSegment() {
        return freshSegment(MEETING);
    }

    private static String freshSegment(String meeting) {
        String id = "plenary-" + documents.incrementAndGet();
        SeedNegotiations.act(api, "secretariat", meeting + "/segments", segment(id));
        return id;
    }

    /**
     * Prepares every document the tables will need, several at a time (each act waits for the read models,
     * so this is mostly waiting): one shared per state, one of its own per act expected to be recorded.
     */
    private static void prepareDocuments() throws Exception {
        List<Callable<Void>> work = new ArrayList<>();
        Stream.concat(rows(API).map(row -> Map.entry(row, "2")), rows(PAGES).map(row -> Map.entry(row, "ok")))
                .forEach(entry -> {
                    Row row = entry.getKey();
                    if (row.state.equals("NONE")) {
                        return;
                    }
                    work.add(() -> {
                        shared(row.state);
                        return null;
                    });
                    if (row.method.equals("POST")) {
                        row.expected.stream().filter(answer -> answer.startsWith(entry.getValue())).forEach(answer ->
                                work.add(() -> {
                                    fresh.computeIfAbsent(row.state, state -> new ConcurrentLinkedQueue<>())
                                            .add(prepare(row.state));
                                    return null;
                                }));
                    }
                });
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<Void> done : pool.invokeAll(work)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (provider != null) {
            provider.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> api() {
        return rows(API).flatMap(row -> Arrays.stream(Caller.values()).map(caller ->
                DynamicTest.dynamicTest(row.method + " " + row.path + " on " + row.state + " as " + caller,
                        () -> callApi(row, caller, row.expected.get(caller.ordinal())))));
    }

    @TestFactory
    Stream<DynamicTest> pages() {
        return rows(PAGES).flatMap(row -> Arrays.stream(Caller.values()).map(caller ->
                DynamicTest.dynamicTest(row.method + " " + row.path + " on " + row.state + " as " + caller,
                        () -> callPage(row, caller, row.expected.get(caller.ordinal())))));
    }

    private void callApi(Row row, Caller caller, String expected) {
        boolean recorded = expected.startsWith("2") && row.method.equals("POST");
        String document = row.state.equals("NONE") ? null : recorded ? fresh(row.state) : shared(row.state);
        long before = document == null ? -1 : sequence(document);
        String path = row.target().replace("{doc}", "/api/documents/" + document).replace("{id}", String.valueOf(document));
        ApiClient client = caller == Caller.OIDC ? oidc : api;
        ApiClient.Answer answer = row.method.equals("GET") ? client.getAnything(caller.user, path)
                : row.method.equals("PUT") ? client.put(caller.user, path, apiBody(row.action(), document))
                : client.post(caller.user, path, apiBody(row.action(), document));
        String actual = answer.status() + (answer.code() == null ? "" : ":" + answer.code());
        assertThat(expected.contains(":") ? actual : String.valueOf(answer.status()))
                .as("%s %s as %s: %s", row.method, path, caller, answer).isEqualTo(expected);
        if (row.method.equals("POST") && !recorded && document != null) {
            assertThat(sequence(document)).as("a refused act records nothing").isEqualTo(before);
        }
        if (path.equals("/api/admin/projections/rebuild") && answer.status() == 202) {
            // the rows after this one read the read models, which a rebuild empties and fills again
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    !api.get("secretariat", "/api/admin/projections").body().path("rebuilding").asBoolean(true));
        }
    }

    private void callPage(Row row, Caller caller, String expected) {
        PageClient page = pages.get(caller);
        boolean recorded = expected.equals("ok") && row.method.equals("POST");
        String document = row.state.equals("NONE") ? null : recorded ? fresh(row.state) : shared(row.state);
        long before = document == null ? -1 : sequence(document);
        String path = row.target().replace("{page}", "/documents/" + document).replace("{id}", String.valueOf(document));
        if (row.method.equals("GET")) {
            HttpResponse<String> answer = page.get(path);
            String actual = answer.statusCode() == 200 ? "ok"
                    : answer.statusCode() == 302 && answer.headers().firstValue("Location").orElse("").endsWith("/login")
                    ? "login" : String.valueOf(answer.statusCode());
            assertThat(actual).as("GET %s as %s", path, caller).isEqualTo(expected);
            return;
        }
        PageClient.Posted posted = page.post(path, pageForm(row.action(), document));
        String actual = posted.recorded() ? "ok"
                : posted.location() != null && posted.location().endsWith("/login") ? "login" : "refused";
        assertThat(actual).as("POST %s as %s: %s", path, caller, posted).isEqualTo(expected);
        if (actual.equals("refused")) {
            assertThat(posted.problem()).as("the page says why").isNotBlank();
        }
        if (!recorded && document != null) {
            assertThat(sequence(document)).as("a refused act records nothing").isEqualTo(before);
        }
    }

    // ---- the documents the rows run on ----

    private static String shared(String state) {
        return shared.computeIfAbsent(state, AccessMatrixTest::prepare);
    }

    private static String fresh(String state) {
        String document = fresh.getOrDefault(state, new ConcurrentLinkedQueue<>()).poll();
        assertThat(document).as("a document prepared in state %s", state).isNotNull();
        return document;
    }

    /** A new document, brought to {@code state} by the secretariat, the co-facilitators and delegations, live. */
    private static String prepare(String state) {
        String id = "matrix-" + documents.incrementAndGet();
        String document = "/api/documents/" + id;
        Map<String, Object> registration = body("id", id, "title", "Access matrix " + id, "kind", "RESOLUTION",
                "body", "General Assembly", "session", "81");
        if (state.endsWith("+MEMBERS")) {
            registration.put("visibility", "MEMBERS");
        }
        List<String> steps = switch (state.replace("+MEMBERS", "")) {
            case "REGISTERED" -> List.of();
            case "APPOINTED" -> List.of("appoint");
            case "ZERO_DRAFT" -> List.of("appoint", "zero");
            case "REVISED" -> List.of("appoint", "zero", "revised");
            case "SILENCE" -> List.of("appoint", "zero", "revised", "silence");
            case "FINAL" -> List.of("appoint", "zero", "revised", "final");
            case "CONSENSUS" -> List.of("appoint", "zero", "revised", "final", "consensus");
            case "FULL" -> List.of("appoint", "zero", "inputs", "revised", "silence", "break");
            default -> throw new IllegalArgumentException("a state the table does not know: " + state);
        };
        SeedNegotiations.act(api, "secretariat", "/api/documents", registration);
        for (String step : steps) {
            switch (step) {
                case "appoint" -> SeedNegotiations.act(api, "secretariat", document + "/co-facilitators",
                        body("coFacilitators", List.of(body("delegation", "BEL"), body("delegation", "QAT"))));
                case "zero" -> SeedNegotiations.act(api, "belgium", document + "/zero-draft", body("text",
                        SeedNegotiations.MODALITIES_ZERO_DRAFT, "inputDeadline", later(7 * 24)));
                case "inputs" -> {
                    SeedNegotiations.act(api, "ecuador", document + "/inputs", body("onDraft", "zero", "onBehalfOf",
                            "G77", "comments", "On behalf of the Group of 77 and China.", "proposals",
                            List.of(body("paragraph", "OP3", "action", "AMEND", "text",
                                    "Requests the President to organize a hearing;"))));
                    SeedNegotiations.act(api, "mexico", document + "/inputs", body("onDraft", "zero", "comments",
                            "Mexico welcomes the zero draft."));
                }
                case "revised" -> SeedNegotiations.act(api, "qatar", document + "/revised-drafts", body("text",
                        SeedNegotiations.MODALITIES_REVISED_DRAFT));
                case "silence" -> SeedNegotiations.act(api, "belgium", document + "/silence-procedure",
                        body("deadline", later(48)));
                case "break" -> SeedNegotiations.act(api, "mexico", document + "/silence-procedure/breaks",
                        body("reason", "Mexico cannot join consensus on OP2."));
                case "final" -> SeedNegotiations.act(api, "belgium", document + "/final-draft", body("text",
                        SeedNegotiations.MODALITIES_REVISED_DRAFT));
                case "consensus" -> SeedNegotiations.act(api, "belgium", document + "/consensus",
                        body("note", "Consensus"));
                default -> throw new IllegalStateException(step);
            }
        }
        return id;
    }

    private static String later(int hours) {
        return OffsetDateTime.now(ZoneOffset.UTC).plusHours(hours).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    /** A time {@code hours} from now as a page's date-and-time field gives it, with the zone chosen beside it. */
    private static String local(int hours) {
        return OffsetDateTime.now(ZoneOffset.UTC).plusHours(hours).truncatedTo(ChronoUnit.MINUTES).toLocalDateTime()
                .toString();
    }

    private static long sequence(String document) {
        ApiClient.Answer status = api.get("secretariat", "/api/documents/" + document);
        assertThat(status.status()).as("status of %s: %s", document, status).isEqualTo(200);
        return status.body().path("sequence").asLong();
    }

    // ---- what each act sends ----

    private static Object apiBody(String action, String document) {
        return switch (action) {
            case "/api/documents" -> body("id", "matrix-new-" + documents.incrementAndGet(), "title", "Registered",
                    "kind", "RESOLUTION", "body", "General Assembly", "session", "81");
            case "co-facilitators" -> body("coFacilitators", List.of(body("delegation", "BEL"),
                    body("delegation", "QAT")));
            case "zero-draft" -> body("text", SeedNegotiations.MODALITIES_ZERO_DRAFT, "inputDeadline", later(24 * 7));
            case "meetings" -> body("kind", "INFORMAL_MEETING", "title", "Informal meeting",
                    "heldOn", OffsetDateTime.now(ZoneOffset.UTC).toLocalDate().toString());
            case "supporting-documents" -> body("kind", "CONCEPT_NOTE", "title", "Concept note");
            case "visibility" -> body("visibility", "MEMBERS");
            case "/api/admin/dead-letters/history/retry" -> "";
            case "/api/admin/projections/rebuild" -> "";
            case "/api/feeds/token" -> "";
            // a public address that is never called: no document of that id, and an event it never has
            case "/api/webhooks" -> body("url", "https://203.0.113.10/draftline", "events",
                    List.of("DocumentWithdrawn"), "documents", List.of("matrix-never-registered"));
            case "/api/meetings" -> meeting("matrix-meeting-" + documents.incrementAndGet());
            case MEETING + "/segments" -> segment("plenary-" + documents.incrementAndGet());
            case MEETING + "/segments/plenary" -> segment("plenary");
            case MEETING + "/speakers#group" -> body("segment", freshSegment(), "onBehalfOf", "G77", "level",
                    "MINISTER");
            case MEETING + "/speakers#own" -> body("segment", freshSegment(), "level", "PERMANENT_REPRESENTATIVE");
            case MEETING + "/statements" -> {
                String segment = freshSegment();
                SeedNegotiations.act(api, "mexico", MEETING + "/speakers", body("segment", segment, "level",
                        "MINISTER"));
                Instant now = Instant.now();
                yield body("segment", segment, "delegation", "MEX", "startedAt", now.minusSeconds(200).toString(),
                        "endedAt", now.toString());
            }
            case "/api/groups/G77/spokespersons" -> {
                // each mandate its own days: the same mandate twice is refused
                LocalDate from = LocalDate.of(2000, 1, 1).plusDays(2L * documents.incrementAndGet());
                yield body("delegation", "ECU", "from", from.toString(), "to", from.plusDays(1).toString());
            }
            case "inputs" -> body("onDraft", "zero", "onBehalfOf", "G77", "comments", "For the G77.");
            case "inputs#own" -> body("onDraft", "zero", "comments", "For ourselves.");
            case "revised-drafts", "final-draft" -> body("text", SeedNegotiations.MODALITIES_REVISED_DRAFT);
            case "drafts/zero/paragraph-status" -> body("paragraphs", List.of(body("paragraph", "OP1", "status",
                    "BRACKETED", "alternatives", List.of(body("text", "Decides to convene a meeting;", "supportedBy",
                            List.of("MEX", "G77"))))));
            case "input-window", "input-window#extend" -> body("deadline", later(24 * 14));
            case "withdrawal" -> body("reason", "Withdrawn by the matrix");
            case "silence-procedure" -> body("deadline", later(48));
            case "silence-procedure/extension" -> body("deadline", later(72));
            case "silence-procedure/breaks" -> body("reason", "Breaking for the G77.", "onBehalfOf", "G77");
            case "silence-procedure/breaks#own" -> body("reason", "Breaking for ourselves.");
            case "consensus" -> body("note", "Consensus");
            case "adoption" -> body("symbol", "A/RES/81/1", "adoptedOn",
                    OffsetDateTime.now(ZoneOffset.UTC).toLocalDate().toString(), "method", "WITHOUT_A_VOTE");
            default -> throw new IllegalArgumentException("no body for " + action);
        };
    }

    private static List<Map.Entry<String, String>> pageForm(String action, String document) {
        List<Map.Entry<String, String>> form = new ArrayList<>();
        Map<String, Object> fields = switch (action) {
            case "/documents" -> body("id", "matrix-page-" + documents.incrementAndGet(), "title", "Registered",
                    "kind", "RESOLUTION", "body", "General Assembly", "session", "81");
            case "co-facilitators" -> body("delegation", "BEL");
            case "zero-draft" -> body("text", SeedNegotiations.MODALITIES_ZERO_DRAFT, "inputDeadline", local(24 * 7),
                    "inputDeadlineZone", "UTC");
            case "input-window", "input-window#extend" -> body("deadline", local(24 * 14), "deadlineZone", "UTC");
            case "silence" -> body("deadline", local(48), "deadlineZone", "UTC");
            case "silence/extension" -> body("deadline", local(72), "deadlineZone", "UTC");
            case "silence/breaks" -> body("reason", "Breaking for the G77.", "onBehalfOf", "G77");
            case "silence/breaks#own" -> body("reason", "Breaking for ourselves.");
            case "drafts/zero/paragraph-status" -> body("paragraph", "OP1", "status", "BRACKETED", "alternative",
                    "Decides to convene a meeting;", "supportedBy", "MEX, G77");
            case PAGE_MEETING + "/segments" -> body("segment", "plenary-" + documents.incrementAndGet(), "kind",
                    "PLENARY", "title", "Plenary", "startsAt", local(-1), "startsAtZone", "UTC", "endsAt", local(3),
                    "endsAtZone", "UTC");
            case PAGE_MEETING + "/speakers" -> body("segment", freshSegment("/api" + PAGE_MEETING), "level",
                    "MINISTER");
            case PAGE_MEETING + "/statements" -> {
                String segment = freshSegment("/api" + PAGE_MEETING);
                SeedNegotiations.act(api, "mexico", "/api" + PAGE_MEETING + "/speakers", body("segment", segment,
                        "level", "MINISTER"));
                LocalDateTime end = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
                yield body("segment", segment, "delegation", "MEX", "startedAt", end.minusMinutes(3).toString(),
                        "startedAtZone", "UTC", "endedAt", end.toString(), "endedAtZone", "UTC");
            }
            default -> castBody(apiBody(action, document));
        };
        fields.forEach((name, value) -> form.add(Map.entry(name, String.valueOf(value))));
        if (action.equals("co-facilitators")) {
            form.add(Map.entry("delegation", "QAT"));
        }
        return form;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castBody(Object body) {
        return (Map<String, Object>) body;
    }

    // ---- the table ----

    private record Row(String state, String method, String path, List<String> expected) {

        /** Where the row's request goes, without the variant. */
        String target() {
            return path.replaceFirst("#[^?]*", "");
        }

        /** What the row does: the path after the document, with a variant after {@code #}. */
        String action() {
            String withoutQuery = path.split("\\?")[0];
            for (String prefix : List.of("{doc}/", "{page}/")) {
                if (withoutQuery.startsWith(prefix)) {
                    return withoutQuery.substring(prefix.length());
                }
            }
            return withoutQuery;
        }
    }

    private static Stream<Row> rows(String table) {
        return table.lines().filter(line -> !line.isBlank()).map(line -> {
            String[] cells = line.strip().split("\\s+");
            assertThat(cells).as("a row names the state, the method, the path and %d answers: %s",
                    Caller.values().length, line).hasSize(3 + Caller.values().length);
            return new Row(cells[0], cells[1], cells[2], List.of(cells).subList(3, cells.length));
        });
    }
}
