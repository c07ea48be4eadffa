package no.oslo.samarbeidsplakaten.template.service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import no.oslo.samarbeidsplakaten.base.DomainException;
import no.oslo.samarbeidsplakaten.organisation.service.OrganisationService;
import no.oslo.samarbeidsplakaten.security.service.CurrentUser;
import no.oslo.samarbeidsplakaten.template.domain.PosterTemplate;
import no.oslo.samarbeidsplakaten.template.domain.TemplateDraft;
import no.oslo.samarbeidsplakaten.template.domain.TemplateDraftRepository;
import no.oslo.samarbeidsplakaten.template.domain.TemplateVersion;
import no.oslo.samarbeidsplakaten.template.domain.TemplateVersionRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The mayor's office writes the next version of the template: field by field, saved as it is typed, several
 * administrators at once; checked and published as an immutable version; or started from another installation's file.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class TemplateDrafts {

    /** The biggest template file an import reads; Oslo's is about 20 kB. */
    public static final int MAX_IMPORT_BYTES = 1_000_000;

    /** The longest change note, template name and role label: the sizes of the columns they go into. */
    public static final int MAX_NOTE = 2000;
    public static final int MAX_NAME = 200;
    /** The steering documents' months, which every template offers to set. */
    public static final List<String> DOCUMENT_MONTHS = List.of("documents.allocation.months",
            "documents.reporting.months", "documents.annualReport.months", "documents.assignment.months");
    public static final int MAX_ROLE = 100;

    private final TemplateDraftRepository drafts;
    private final TemplateVersionRepository versions;
    private final TemplateService templates;
    private final OrganisationService organisations;
    private final List<TemplateUsage> usages;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TemplateDrafts(TemplateDraftRepository drafts, TemplateVersionRepository versions, TemplateService templates,
            OrganisationService organisations, List<TemplateUsage> usages, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.drafts = drafts;
        this.versions = versions;
        this.templates = templates;
        this.organisations = organisations;
        this.usages = usages;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The draft as one read: its content, and which version it will become. */
    public record Draft(int basedOn, long revision, Instant changedAt, String changedBy, String content) {

        public int nextVersion() {
            return basedOn + 1;
        }

        public String value(String path) {
            return DraftPath.read(TemplateJson.MAPPER.readTree(content), path);
        }

        /** Reads many fields of this draft, parsing it once. */
        public Function<String, String> reader() {
            JsonNode root = TemplateJson.MAPPER.readTree(content);
            return path -> DraftPath.read(root, path);
        }

        public PosterTemplate template() {
            return TemplateJson.parse(0, content);
        }
    }

    /** The kinds of item the editor can add. */
    public enum Part {
        QUESTION, MEETING_TYPE, ROLE_DEPARTMENT, ROLE_AGENCY, ROLE_POLITICAL, RULE, COMMITMENT_DEPARTMENT,
        COMMITMENT_AGENCY
    }

    /** A meeting type or role that the draft no longer has, with the posters that use it. */
    public record Removal(String kind, String name, List<String> posters) {
    }

    /** The draft; the first time, a copy of the latest published version. */
    public Draft draft() {
        return view(draftEntity(false));
    }

    /**
     * Saves one field. {@code expected} is the value the editor last had from the server: if somebody else has saved
     * another since, nothing is written and their value comes back in the conflict.
     */
    public Draft change(String path, String expected, String value) {
        TemplateDraft draft = draftEntity(true);
        JsonNode content = TemplateJson.MAPPER.readTree(draft.getContent());
        String current = DraftPath.read(content, path);
        if (!current.equals(expected)) {
            throw new TemplateFieldConflict(path, current, draft.getChangedBy(), draft.getChangedAt());
        }
        DraftPath.write(content, path, value);
        String json = TemplateJson.MAPPER.writeValueAsString(content);
        readable(json);
        String author = currentUser.authorName();
        draft.change(json, clock.instant(), author);
        drafts.flush();
        events.publishEvent(new TemplateEvents.FieldChanged(path, DraftPath.read(content, path),
                draft.getRevision(), author));
        return view(draft);
    }

    /** Adds an empty item; returns the path of the new item. */
    public String add(Part part) {
        TemplateDraft draft = draftEntity(true);
        var content = (ObjectNode) TemplateJson.MAPPER.readTree(draft.getContent());
        String key = part.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        String path = switch (part) {
            case QUESTION -> {
                content.withArray("reflectionQuestions").addObject().put("key", key).put("nb", "").put("en", "");
                yield "reflectionQuestions/" + key;
            }
            case MEETING_TYPE -> {
                addMeetingType(content, key);
                yield "meetings/" + key;
            }
            case ROLE_DEPARTMENT, ROLE_AGENCY, ROLE_POLITICAL -> {
                content.withArray("roles").addObject().put("key", key)
                        .put("side", part.name().substring("ROLE_".length())).put("nb", "").put("en", "");
                yield "roles/" + key;
            }
            case RULE -> {
                var rule = content.withArray("rules").addObject().put("key", key).put("formality", "FORMAL")
                        .put("check", "NOT_BLANK");
                rule.putArray("fields").add("purpose");
                rule.putArray("values");
                rule.put("limit", 0).put("nb", "").put("en", "");
                yield "rules/" + key;
            }
            case COMMITMENT_DEPARTMENT, COMMITMENT_AGENCY -> {
                String side = part == Part.COMMITMENT_DEPARTMENT ? "department" : "agency";
                ArrayNode list = content.withObject("commitments").withArray(side);
                list.add("");
                yield "commitments/" + side + "/" + (list.size() - 1);
            }
        };
        save(draft, content);
        return path;
    }

    private static void addMeetingType(ObjectNode content, String key) {
        var meeting = content.withArray("meetings").addObject().put("key", key);
        meeting.putObject("definition").put("nb", "").put("en", "");
        var cells = meeting.putObject("cells");
        JsonNode first = content.path("meetings").get(0).path("cells");
        first.propertyNames().forEach(field -> cells.put(field, ""));
        cells.put("name", "").put("formality", "INFORMAL").put("frequency", "AS_NEEDED");
    }

    /**
     * Removes the item at the path (a question, meeting type, role, rule or commitment). {@code expected} is the
     * item's text as the editor shows it (a commitment's; empty for the others, which are named by key): if a
     * commitment moved up because another was removed meanwhile, nothing is removed.
     */
    public void remove(String itemPath, String expected) {
        TemplateDraft draft = draftEntity(true);
        JsonNode content = TemplateJson.MAPPER.readTree(draft.getContent());
        if (!DraftPath.read(content, itemPath).equals(expected)) {
            throw new DomainException("template.error.gone");
        }
        DraftPath.remove(content, itemPath);
        save(draft, content);
    }

    /** For a meeting type or role of the draft: the posters that use it. */
    @Transactional(readOnly = true)
    public List<String> usedBy(String itemPath) {
        String[] at = itemPath.split("/");
        if (at.length != 2) {
            return List.of();
        }
        return switch (at[0]) {
            case "meetings" -> usages.stream().flatMap(u -> u.postersWithMeetingType(at[1]).stream()).toList();
            case "roles" -> usages.stream().flatMap(u -> u.postersNamingRole(at[1]).stream()).toList();
            default -> List.of();
        };
    }

    /** A published version as the file another installation can import. */
    @Transactional(readOnly = true)
    public java.util.Optional<String> exportVersion(int version) {
        return templates.exportJson(version);
    }

    /** What stops the draft from being published. */
    public List<TemplateProblem> problems() {
        return TemplateChecks.problems(draft().template());
    }

    /** The meeting types and roles of the latest version that the draft removes, each with the posters using it. */
    public List<Removal> removals() {
        PosterTemplate latest = templates.current();
        PosterTemplate next = draft().template();
        var removals = new ArrayList<Removal>();
        for (var meeting : latest.meetings()) {
            if (next.meetingType(meeting.key()).isEmpty()) {
                removals.add(new Removal("meetingType", meeting.name(),
                        usages.stream().flatMap(u -> u.postersWithMeetingType(meeting.key()).stream()).toList()));
            }
        }
        for (var role : latest.roles()) {
            if (next.roles().stream().noneMatch(r -> r.key().equals(role.key()))) {
                removals.add(new Removal("role", role.nb(),
                        usages.stream().flatMap(u -> u.postersNamingRole(role.key()).stream()).toList()));
            }
        }
        return removals;
    }

    /**
     * Publishes the draft as the next version. Refused while the checks find problems, or when it removes something
     * posters use and that was not confirmed.
     *
     * @return the new version's number
     */
    public int publish(String changeNote, boolean removalsConfirmed) {
        TemplateDraft draft = draftEntity(true);
        var problems = problems();
        if (!problems.isEmpty()) {
            throw new DomainException("template.publish.problems", problems.size());
        }
        if (!removalsConfirmed && removals().stream().anyMatch(r -> !r.posters().isEmpty())) {
            throw new DomainException("template.publish.confirmRemovals");
        }
        if (changeNote.isBlank()) {
            throw new DomainException("template.publish.noteRequired");
        }
        if (changeNote.strip().length() > MAX_NOTE) {
            throw new DomainException("template.publish.noteTooLong", MAX_NOTE);
        }
        int number = templates.current().version() + 1;
        var content = (ObjectNode) TemplateJson.MAPPER.readTree(draft.getContent());
        content.put("key", TemplateService.OSLO_STANDARD).put("version", number);
        String json = TemplateJson.MAPPER.writeValueAsString(content);
        String author = currentUser.authorName();
        Instant now = clock.instant();
        versions.saveAndFlush(new TemplateVersion(TemplateService.OSLO_STANDARD, number,
                content.path("name").asString(), json, now, author, changeNote.strip()));
        draft.restart(number, json, now, author);
        var published = templates.current();
        organisations.adoptRoleCatalogue(published.roles().stream()
                .map(r -> new OrganisationService.CatalogueRole(r.key(), r.side(), r.nb(), r.en())).toList());
        events.publishEvent(new TemplateEvents.Published(number, author));
        return number;
    }

    /**
     * Makes a template file (e.g. another installation's export) the draft. Every problem is listed and nothing is
     * written unless there are none.
     */
    public List<TemplateProblem> importJson(byte[] file) {
        if (file.length > MAX_IMPORT_BYTES) {
            return List.of(TemplateProblem.of("template.import.tooLarge"));
        }
        ObjectNode content;
        PosterTemplate template;
        try {
            var tree = TemplateJson.MAPPER.readTree(new String(file, StandardCharsets.UTF_8));
            if (!(tree instanceof ObjectNode object)) {
                return List.of(TemplateProblem.of("template.import.notTemplate"));
            }
            content = object;
            content.put("key", TemplateService.OSLO_STANDARD).put("version", 0);
            template = TemplateJson.parse(0, TemplateJson.MAPPER.writeValueAsString(content));
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            // Any part missing or of the wrong kind: listed, nothing written
            return List.of(TemplateProblem.of("template.import.unreadable", firstLine(e.getMessage())));
        }
        List<TemplateProblem> problems;
        try {
            problems = TemplateChecks.problems(template);
        } catch (RuntimeException e) {
            return List.of(TemplateProblem.of("template.import.unreadable", firstLine(e.getMessage())));
        }
        if (problems.isEmpty()) {
            TemplateDraft draft = draftEntity(true);
            draft.restart(templates.current().version(), TemplateJson.MAPPER.writeValueAsString(content),
                    clock.instant(), currentUser.authorName());
            drafts.flush();
            events.publishEvent(new TemplateEvents.DraftRebuilt(draft.getRevision(), draft.getChangedBy()));
        }
        return problems;
    }

    /** Refuses a value the template format cannot hold (e.g. no check for a rule): nothing is written. */
    private static void readable(String json) {
        try {
            TemplateJson.parse(0, json);
        } catch (RuntimeException e) {
            throw new DomainException("template.error.unreadableValue");
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    private void save(TemplateDraft draft, JsonNode content) {
        String author = currentUser.authorName();
        draft.change(TemplateJson.MAPPER.writeValueAsString(content), clock.instant(), author);
        drafts.flush();
        events.publishEvent(new TemplateEvents.DraftRebuilt(draft.getRevision(), author));
    }

    private TemplateDraft draftEntity(boolean forWriting) {
        var found = forWriting ? drafts.lockByKey(TemplateService.OSLO_STANDARD)
                : drafts.findById(TemplateService.OSLO_STANDARD);
        return found.orElseGet(() -> {
            PosterTemplate latest = templates.current();
            String content = templates.exportJson(latest.version()).orElseThrow();
            return drafts.saveAndFlush(new TemplateDraft(TemplateService.OSLO_STANDARD, latest.version(), content,
                    clock.instant(), currentUser.authorName()));
        });
    }

    private static Draft view(TemplateDraft draft) {
        return new Draft(draft.getBasedOn(), draft.getRevision(), draft.getChangedAt(), draft.getChangedBy(),
                draft.getContent());
    }
}
