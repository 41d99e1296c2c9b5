package org.townreform.license.catalogue.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.common.audit.AuditLog;
import org.townreform.common.error.Problems;
import org.townreform.common.idempotency.IdempotentWrites;
import org.townreform.common.paging.Page;
import org.townreform.common.paging.PageRequest;
import org.townreform.common.security.Caller;
import org.townreform.common.security.Roles;
import org.townreform.common.time.BusinessClock;
import org.townreform.license.catalogue.CatalogueItem;
import org.townreform.license.catalogue.CatalogueRowParser;
import org.townreform.license.catalogue.ImportReport;
import org.townreform.license.catalogue.ImportReport.AcceptedRow;
import org.townreform.license.catalogue.ImportReport.Action;
import org.townreform.license.catalogue.ImportReport.RejectedRow;
import org.townreform.license.catalogue.ItemDraft;
import org.townreform.license.catalogue.ItemKind;
import org.townreform.license.catalogue.ItemView;
import org.townreform.license.catalogue.SheetReader;
import org.townreform.license.catalogue.repository.CatalogueItemRepository;
import org.townreform.license.config.JsonText;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/** The catalogue of delegated powers (SPEC §4.1): imported from a spreadsheet, read by everyone. */
@ApplicationScoped
public class CatalogueService {
    /** The largest upload read (the county's catalogue file is a few hundred kilobytes). */
    public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    private final CatalogueItemRepository items;
    private final AuditLog audit;
    private final Caller caller;
    private final BusinessClock clock;
    private final Vertx vertx;
    private final IdempotentWrites idempotent;

    public CatalogueService(CatalogueItemRepository items, AuditLog audit, Caller caller, BusinessClock clock,
            Vertx vertx, IdempotentWrites idempotent) {
        this.items = items;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
        this.vertx = vertx;
        this.idempotent = idempotent;
    }

    public static ItemView view(CatalogueItem i) {
        return new ItemView(i.code, i.name, i.kind, i.department, i.legalBasis, i.statutoryDays, i.promisedDays,
                JsonText.materials(i.materials), i.fee, i.updatedAt, i.version);
    }

    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG, Roles.DEPT_OFFICER, Roles.COUNTY_FINANCE,
            Roles.SUPERVISOR})
    public Uni<Page<ItemView>> list(PageRequest page, ItemKind kind, String department) {
        return items.page(page.after(), kind, blankToNull(department), page.fetchSize())
                .map(rows -> Page.of(rows, page.limit(), r -> r.code).map(CatalogueService::view));
    }

    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG, Roles.DEPT_OFFICER, Roles.COUNTY_FINANCE,
            Roles.SUPERVISOR})
    public Uni<ItemView> get(String code) {
        return require(code).map(CatalogueService::view);
    }

    /** The item, or 404. */
    public Uni<CatalogueItem> require(String code) {
        return items.findById(code).map(i -> {
            if (i == null) {
                throw Problems.notFound("Catalogue item", code);
            }
            return i;
        });
    }

    /**
     * Imports a catalogue file: upserts every valid row by code, rejects the others with their reasons. A department
     * officer imports only its own department's items (other rows are rejected). The file is read off the event loop.
     * The upsert's transaction is opened inside the Idempotency-Key's, not around it: a resend racing the first request
     * loses on the key's row and replays the first answer, which it cannot do from inside a transaction the lost insert
     * has already aborted.
     */
    @RolesAllowed({Roles.COUNTY_ORG, Roles.DEPT_OFFICER})
    public Uni<ImportReport> importFile(Path file, String fileName, String idempotencyKey) {
        String onlyDepartment = caller.has(Roles.COUNTY_ORG) ? null : caller.requireDept();
        return vertx.executeBlocking(Uni.createFrom().item(() -> parse(file)))
                // an Idempotency-Key resend is the same file (by content) under the same name
                .flatMap(parsed -> idempotent.run(idempotencyKey, "POST /api/v1/items/import",
                        Map.of("fileName", String.valueOf(fileName), "sha256", parsed.sha256()), ImportReport.class,
                        () -> Panache.withTransaction(() -> upsert(parsed.result(), fileName, onlyDepartment))));
    }

    private record Parsed(CatalogueRowParser.Result result, String sha256) {
    }

    private static Parsed parse(Path file) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw Problems.unprocessable("IMPORT_FILE_TOO_LARGE",
                        "The file is larger than " + MAX_FILE_BYTES / 1024 / 1024 + " MB");
            }
            byte[] bytes = Files.readAllBytes(file);
            return new Parsed(CatalogueRowParser.parse(SheetReader.read(bytes, file.getFileName().toString())),
                    HexFormat.of().formatHex(sha256(bytes)));
        } catch (IOException e) {
            throw Problems.unprocessable("IMPORT_FILE_UNREADABLE", "The uploaded file cannot be read");
        } catch (SheetReader.UnreadableFileException e) {
            String code = "the file is empty".equals(e.getMessage()) ? "IMPORT_FILE_EMPTY" : "IMPORT_FILE_UNREADABLE";
            throw Problems.unprocessable(code, "The catalogue cannot be imported: " + e.getMessage());
        } catch (CatalogueRowParser.HeaderException e) {
            String code = "the file has no rows".equals(e.getMessage()) ? "IMPORT_FILE_EMPTY" : "IMPORT_HEADER_INVALID";
            throw Problems.unprocessable(code, "The catalogue cannot be imported: " + e.getMessage());
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Uni<ImportReport> upsert(CatalogueRowParser.Result result, String fileName, String onlyDepartment) {
        List<RejectedRow> rejected = new ArrayList<>();
        result.rejected().forEach(r -> rejected.add(new RejectedRow(r.row(), r.code(), r.reasons())));
        List<CatalogueRowParser.Accepted> candidates = new ArrayList<>();
        for (CatalogueRowParser.Accepted a : result.accepted()) {
            if (onlyDepartment != null && !onlyDepartment.equals(a.item().department())) {
                rejected.add(new RejectedRow(a.row(), a.item().code(), List.of("授权部门 (department) "
                        + a.item().department() + " is not your department (" + onlyDepartment + ")")));
            } else {
                candidates.add(a);
            }
        }
        List<String> codes = candidates.stream().map(a -> a.item().code()).toList();
        return items.byCodes(codes).flatMap(existing -> {
            Map<String, CatalogueItem> byCode = existing.stream()
                    .collect(Collectors.toMap(i -> i.code, Function.identity()));
            List<AcceptedRow> accepted = new ArrayList<>();
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (CatalogueRowParser.Accepted a : candidates) {
                CatalogueItem current = byCode.get(a.item().code());
                if (current == null) {
                    CatalogueItem created = fresh(a.item());
                    accepted.add(new AcceptedRow(a.row(), created.code, Action.CREATED));
                    chain = chain.flatMap(x -> items.persist(created))
                            .flatMap(x -> audit.record("ITEM_CREATED", "CatalogueItem", created.code, null, null,
                                    view(created)));
                } else if (same(current, a.item())) {
                    accepted.add(new AcceptedRow(a.row(), current.code, Action.UNCHANGED));
                } else {
                    ItemView before = view(current);
                    apply(current, a.item());
                    accepted.add(new AcceptedRow(a.row(), current.code, Action.UPDATED));
                    chain = chain.flatMap(x -> audit.record("ITEM_UPDATED", "CatalogueItem", current.code, null,
                            before, view(current)));
                }
            }
            rejected.sort((x, y) -> Integer.compare(x.row(), y.row()));
            int created = (int) accepted.stream().filter(r -> r.action() == Action.CREATED).count();
            int updated = (int) accepted.stream().filter(r -> r.action() == Action.UPDATED).count();
            ImportReport report = new ImportReport(fileName, result.dataRows(), accepted.size(), rejected.size(),
                    created, updated, accepted.size() - created - updated, List.copyOf(accepted), List.copyOf(rejected));
            return chain.flatMap(x -> items.flush())
                    .flatMap(x -> audit.record("CATALOGUE_IMPORTED", "CatalogueImport", fileName == null ? "-" : fileName,
                            null, null, report))
                    .map(x -> report);
        });
    }

    private CatalogueItem fresh(ItemDraft d) {
        CatalogueItem i = new CatalogueItem();
        i.code = d.code();
        i.source = "IMPORT";
        i.createdAt = clock.now();
        apply(i, d);
        return i;
    }

    private void apply(CatalogueItem i, ItemDraft d) {
        i.name = d.name();
        i.kind = d.kind();
        i.department = d.department();
        i.legalBasis = d.legalBasis();
        i.statutoryDays = d.statutoryDays();
        i.promisedDays = d.promisedDays();
        i.materials = JsonText.write(d.materials());
        i.fee = d.fee();
        i.updatedAt = clock.now();
    }

    private static boolean same(CatalogueItem i, ItemDraft d) {
        return Objects.equals(i.name, d.name()) && i.kind == d.kind() && Objects.equals(i.department, d.department())
                && Objects.equals(i.legalBasis, d.legalBasis()) && i.statutoryDays == d.statutoryDays()
                && i.promisedDays == d.promisedDays() && JsonText.materials(i.materials).equals(d.materials())
                && i.fee.compareTo(d.fee()) == 0;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
