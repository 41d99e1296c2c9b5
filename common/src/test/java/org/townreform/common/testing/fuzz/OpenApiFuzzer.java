package org.townreform.common.testing.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.LogRecord;

import org.townreform.common.testing.MalformedAnswers;
import org.townreform.common.testing.fuzz.ApiDocument.Operation;
import org.townreform.common.testing.fuzz.ApiDocument.Parameter;
import org.townreform.common.testing.fuzz.FuzzRequest.Expect;
import org.townreform.common.testing.fuzz.Mutations.Upload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.RestAssured;

/**
 * The robustness suite generated from a service's own OpenAPI document ({@code /q/openapi}): for every path and method a
 * valid-looking baseline (path parameters filled with the fixtures' real ids), then every parameter, header and body field
 * changed one way at a time (see {@link Mutations}), sent one after another to the running {@code @QuarkusTest}
 * application. Every answer must be below 500 and every 4xx a coded problem+json ({@link MalformedAnswers#breach});
 * input the schema or JSON rules out must be refused; and a refused write must leave every table as it was (one md5 per
 * table before and after, {@link TableSnapshots}). A 500's exception is read from the application's log
 * ({@link ServerLog}). The same document and fixtures give the same requests: the few random choices use a fixed seed.
 * <p>
 * Use from a service's test: name the tokens, map path parameters to fixture ids, give hints for body fields and query
 * parameters the schema cannot guess (a real person id, an item code), then {@link #run()} and
 * {@link FuzzReport#assertClean(int)}.
 */
public final class OpenApiFuzzer {
    private final String service;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Supplier<?>> pathValues = new LinkedHashMap<>();
    private final Map<String, JsonNode> fields = new LinkedHashMap<>();
    private final Map<String, Supplier<String>> fresh = new LinkedHashMap<>();
    private final Map<String, String> queries = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, Supplier<?>> bodies = new LinkedHashMap<>();
    private final Map<String, Upload> uploads = new LinkedHashMap<>();
    private final Set<String> publicPaths = new LinkedHashSet<>();
    private final Set<String> skipped = new LinkedHashSet<>();
    private final Set<String> excludedTables = new LinkedHashSet<>(Set.of("flyway_schema_history"));
    private String writer;
    private String otherTown;
    private String expired;
    private byte[] spreadsheet;
    private long seed = 20_260_302L;
    private String date = "2026-03-02";

    private OpenApiFuzzer(String service) {
        this.service = service;
    }

    public static OpenApiFuzzer forService(String service) {
        return new OpenApiFuzzer(service);
    }

    /** The Authorization header of the county-wide writer every request carries unless it tests authentication. */
    public OpenApiFuzzer writer(String authorization) {
        this.writer = authorization;
        return this;
    }

    /** The Authorization header of a town user of another town (the auth mutations send it once per operation). */
    public OpenApiFuzzer otherTown(String authorization) {
        this.otherTown = authorization;
        return this;
    }

    /** The Authorization header of an expired token. */
    public OpenApiFuzzer expired(String authorization) {
        this.expired = authorization;
        return this;
    }

    /**
     * The value of a path parameter, by the operation's path and its name ({@code "/api/v1/units/{id}/merge:{id}"}), by
     * the segment before it and its name ({@code "units/{id}"}) or by name alone ({@code "{code}"}), the first that is
     * given. The supplier is asked once per operation, so it may build a fresh fixture for each.
     */
    public OpenApiFuzzer path(String key, Supplier<?> value) {
        pathValues.put(key, value);
        return this;
    }

    public OpenApiFuzzer path(String key, Object value) {
        return path(key, () -> value);
    }

    /** The baseline value of a body property of that name, wherever it appears. */
    public OpenApiFuzzer field(String name, Object value) {
        fields.put(name, json.valueToTree(value));
        return this;
    }

    /**
     * A body property that must differ in every request (a unique code, an external reference, a resident ID number):
     * the baseline holds a token that each request replaces with a new value from {@code values}, so that a mutation
     * that should be refused is not hidden behind a conflict with the record an earlier request created.
     */
    public OpenApiFuzzer fresh(String name, Supplier<String> values) {
        String token = "@@fresh-" + name + "@@";
        fields.put(name, json.getNodeFactory().textNode(token));
        fresh.put(token, values);
        return this;
    }

    /** The token standing for a {@link #fresh} value, for a baseline body given whole with {@link #body}. */
    public String token(String name) {
        String token = "@@fresh-" + name + "@@";
        if (!fresh.containsKey(token)) {
            throw new IllegalArgumentException("no fresh value named " + name);
        }
        return token;
    }

    /**
     * A header every baseline of an operation documenting it sends ({@code If-Match: "0"} for the fresh records the
     * fixtures build); its mutations replace it, and one request leaves it out.
     */
    public OpenApiFuzzer header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** The value a baseline gives a query parameter of that name. */
    public OpenApiFuzzer query(String name, Object value) {
        queries.put(name, String.valueOf(value));
        return this;
    }

    /** The baseline body of an operation ({@code "POST /api/v1/towns"}), asked once per run of the operation. */
    public OpenApiFuzzer body(String operation, Supplier<?> body) {
        bodies.put(operation, body);
        return this;
    }

    /** The baseline file of a multipart operation. */
    public OpenApiFuzzer upload(String operation, String part, String filename, byte[] content, String contentType) {
        uploads.put(operation, new Upload(part, filename, content, contentType));
        return this;
    }

    /** A real spreadsheet, whose first half the multipart mutations send as a truncated {@code .xlsx}. */
    public OpenApiFuzzer spreadsheet(byte[] xlsx) {
        this.spreadsheet = xlsx;
        return this;
    }

    /** Paths (prefixes) open without a token: there a missing or bad token need not be refused. */
    public OpenApiFuzzer publicPaths(String... prefixes) {
        publicPaths.addAll(List.of(prefixes));
        return this;
    }

    /** Paths (prefixes) not fuzzed at all. */
    public OpenApiFuzzer skip(String... prefixes) {
        skipped.addAll(List.of(prefixes));
        return this;
    }

    /** Tables whose content a refusal may change (besides {@code flyway_schema_history}). */
    public OpenApiFuzzer excludeTables(String... names) {
        excludedTables.addAll(List.of(names));
        return this;
    }

    public OpenApiFuzzer seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** The date baselines use for date fields and {@code asOf} (default 2026-03-02, a Monday with calendars loaded). */
    public OpenApiFuzzer date(String isoDate) {
        this.date = isoDate;
        return this;
    }

    /** Sends every request and answers what it found. */
    public FuzzReport run() {
        if (writer == null) {
            throw new IllegalStateException("name the writer's token");
        }
        long start = System.currentTimeMillis();
        String base = RestAssured.baseURI + ":" + RestAssured.port;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        ApiDocument doc = ApiDocument.parse(fetch(http, base + "/q/openapi?format=json"));
        Random random = new Random(seed);
        Samples samples = new Samples(fields, date);
        Mutations mutations = new Mutations(samples, queries, new Mutations.Tokens(writer,
                otherTown == null ? writer : otherTown, expired == null ? "Bearer expired" : expired), random);
        FuzzReport report = new FuzzReport(service);
        try (ServerLog log = new ServerLog(); TableSnapshots tables = new TableSnapshots(excludedTables)) {
            Runner runner = new Runner(http, base, log, tables, report, fresh);
            Set<String> pathsDone = new HashSet<>();
            for (Operation op : doc.operations()) {
                if (skipped.stream().anyMatch(op.path()::startsWith)) {
                    continue;
                }
                Draft draft = baseline(op);
                List<FuzzRequest> requests = new ArrayList<>();
                boolean multipart = op.body() != null && op.body().multipart() && !op.body().json();
                JsonNode body = op.body() != null && !multipart ? bodyOf(op, samples) : null;
                if (body != null) {
                    draft.body("application/json", mutations.render(body));
                }
                if (multipart) {
                    Upload sample = uploads.getOrDefault(op.key(), new Upload("file", "file.csv",
                            "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), "text/csv"));
                    List<FuzzRequest> parts = mutations.multipartBody(draft, sample, spreadsheet == null
                            ? null
                            : java.util.Arrays.copyOf(spreadsheet, spreadsheet.length / 2));
                    draft.body("multipart/form-data; boundary=" + Mutations.BOUNDARY, parts.get(0).body());
                    requests.addAll(parts);
                } else {
                    requests.addAll(mutations.baselines(op, draft));
                }
                requests.addAll(mutations.queryParameters(op, draft));
                requests.addAll(mutations.pathParameters(op, draft));
                requests.addAll(mutations.headers(op, draft));
                if (body != null) {
                    requests.addAll(mutations.jsonBody(op, draft, body));
                }
                requests.addAll(mutations.auth(draft, publicPaths.stream().anyMatch(op.path()::startsWith)));
                if (pathsDone.add(op.path())) {
                    FuzzRequest other = mutations.undocumentedMethod(draft, doc.methods(op.path()));
                    if (other != null) {
                        requests.add(other);
                    }
                }
                runner.forgetSnapshot(); // the fixtures just built for this operation changed tables
                requests.forEach(runner::send);
            }
            report.finished(System.currentTimeMillis() - start, tables.millis(), tables.tables());
        }
        return report;
    }

    private Draft baseline(Operation op) {
        Draft d = new Draft(op.key(), op.method(), op.path());
        Map<String, Object> asked = new HashMap<>();
        for (Parameter p : op.in("path")) {
            d.path.put(p.name(), Draft.encode(pathValue(op, p, asked)));
        }
        d.header("Authorization", writer);
        headers.forEach((name, value) -> {
            if (op.hasHeader(name)) {
                d.header(name, value);
            }
        });
        return d;
    }

    private String pathValue(Operation op, Parameter p, Map<String, Object> asked) {
        String template = op.path();
        String before = template.substring(0, template.indexOf("{" + p.name() + "}"));
        String segment = before.substring(before.lastIndexOf('/', before.length() - 2) + 1);
        for (String key : List.of(template + ":{" + p.name() + "}", segment + "{" + p.name() + "}",
                "{" + p.name() + "}")) {
            Supplier<?> s = pathValues.get(key);
            if (s != null) {
                return String.valueOf(asked.computeIfAbsent(key, k -> s.get()));
            }
        }
        String name = p.name().toLowerCase();
        if (name.endsWith("year")) {
            return date.substring(0, 4);
        }
        if (name.equals("code")) {
            return "441900113";
        }
        return "1";
    }

    private JsonNode bodyOf(Operation op, Samples samples) {
        Supplier<?> s = bodies.get(op.key());
        return s != null ? json.valueToTree(s.get()) : samples.of(op.body().schema(), null);
    }

    private static String fetch(HttpClient http, String url) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + r.statusCode());
            }
            return r.body();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends requests one at a time and judges each answer. */
    private static final class Runner {
        private final HttpClient http;
        private final String base;
        private final ServerLog log;
        private final TableSnapshots tables;
        private final FuzzReport report;
        private final Map<String, Supplier<String>> fresh;
        private Map<String, String> before;
        private int previousStatus = -1;
        private int seq;

        Runner(HttpClient http, String base, ServerLog log, TableSnapshots tables, FuzzReport report,
                Map<String, Supplier<String>> fresh) {
            this.fresh = fresh;
            this.http = http;
            this.base = base;
            this.log = log;
            this.tables = tables;
            this.report = report;
        }

        void forgetSnapshot() {
            before = null;
        }

        /** The request with every fresh-value token in its body replaced (byte-exact around it), one value a token. */
        private FuzzRequest freshened(FuzzRequest r) {
            if (r.body() == null || fresh.isEmpty()) {
                return r;
            }
            String bytes = new String(r.body(), StandardCharsets.ISO_8859_1);
            boolean changed = false;
            for (Map.Entry<String, Supplier<String>> e : fresh.entrySet()) {
                if (bytes.contains(e.getKey())) {
                    // one value per request: a token used twice (a year in validFrom and validTo) stays consistent
                    String value = new String(e.getValue().get().getBytes(StandardCharsets.UTF_8),
                            StandardCharsets.ISO_8859_1);
                    bytes = bytes.replace(e.getKey(), value);
                    changed = true;
                }
            }
            return changed
                    ? new FuzzRequest(r.operation(), r.method(), r.target(), r.headers(),
                            bytes.getBytes(StandardCharsets.ISO_8859_1), r.cause(), r.detail(), r.expect())
                    : r;
        }

        void send(FuzzRequest original) {
            FuzzRequest r = freshened(original);
            if (r.writes() && before == null) {
                before = tables.take();
            }
            log.drain();
            int status;
            String contentType = null;
            String body;
            try {
                HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + r.target()))
                        .timeout(Duration.ofSeconds(60))
                        .method(r.method(), r.body() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(r.body()));
                r.headers().forEach(b::header);
                b.header("X-Request-Id", "fuzz-" + (++seq));
                HttpResponse<byte[]> answer = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
                status = answer.statusCode();
                contentType = answer.headers().firstValue("Content-Type").orElse(null);
                body = new String(answer.body(), StandardCharsets.UTF_8);
            } catch (IOException | IllegalArgumentException e) {
                status = -1;
                body = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            List<LogRecord> logged = log.drain();
            String exception = ServerLog.describe(logged);
            report.answered(r, status, body);

            String breach = status < 0 ? "no answer" : MalformedAnswers.breach(status, contentType, body);
            if (breach != null) {
                report.add(new FuzzReport.Finding(breach, r, status, contentType, body, exception, List.of()));
            }
            boolean accepted = status >= 200 && status < 400;
            boolean mustRefuse = r.expect() == Expect.REFUSE
                    || (r.expect() == Expect.REFUSE_AFTER_SUCCESS && previousStatus >= 200 && previousStatus < 300);
            if (accepted && mustRefuse) {
                report.add(new FuzzReport.Finding("accepted although invalid", r, status, contentType, body,
                        exception, List.of()));
            }
            if (r.writes()) {
                Map<String, String> after = tables.take();
                if (!accepted) {
                    List<String> changed = TableSnapshots.changed(before, after);
                    if (!changed.isEmpty()) {
                        report.add(new FuzzReport.Finding("refusal changed tables", r, status, contentType, body,
                                exception, changed));
                    }
                }
                before = after;
            } else {
                before = null;
            }
            previousStatus = status;
        }
    }
}
