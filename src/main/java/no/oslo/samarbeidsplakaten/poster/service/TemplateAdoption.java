package no.oslo.samarbeidsplakaten.poster.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import no.oslo.samarbeidsplakaten.base.DomainException;
import no.oslo.samarbeidsplakaten.poster.domain.MeetingField;
import no.oslo.samarbeidsplakaten.poster.domain.PosterRepository;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.template.domain.PosterTemplate;
import no.oslo.samarbeidsplakaten.template.domain.PosterTemplate.Localized;
import no.oslo.samarbeidsplakaten.template.service.TemplateService;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A draft poster on an older template version takes up a newer one, part by part: what the new version adds,
 * removes and rewords is set beside the pair's own text, and only what the pair takes changes. The texts the
 * template owns (guidance, questions, rules, roles) come with the version. Agreed versions are never touched.
 */
@Service
@Transactional
@NamedInterface("service")
public class TemplateAdoption {

    private final PosterQueries queries;
    private final PosterRepository posters;
    private final PosterLifecycle lifecycle;
    private final TemplateService templates;

    TemplateAdoption(PosterQueries queries, PosterRepository posters, PosterLifecycle lifecycle,
            TemplateService templates) {
        this.queries = queries;
        this.posters = posters;
        this.lifecycle = lifecycle;
        this.templates = templates;
    }

    /** A newer template version the poster could take up. */
    public record Offer(int from, int to, String changeNote) {
    }

    public enum Kind {
        ADDED, REMOVED, REWORDED
    }

    /**
     * One difference between the poster's template version and the newer one.
     *
     * @param id names the change when the pair takes it
     * @param part the poster part it belongs to (a key of {@link PosterTemplate#SECTION_KEYS})
     * @param fieldKey the field it is about, for its label; empty for a whole item
     * @param subject what it is about in words: a meeting's name, a question's number, a role
     * @param pairText what the pair has there now; empty when the pair has nothing there
     * @param choosable whether the pair decides; otherwise it comes with the version (the template's own texts)
     * @param takenByDefault taken unless the pair says otherwise: the pair had kept the old template text
     */
    public record Change(String id, String part, Kind kind, String fieldKey, String subject, String oldText,
            String newText, String pairText, boolean choosable, boolean takenByDefault) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize(PosterAccess.WORK)
    public Optional<Offer> offer(long posterId) {
        // Asked each time an editor opens: the poster's row and the latest version's id, not the whole poster.
        PosterTemplate own = templates.byId(posters.getReferenceById(posterId).getTemplateVersionId());
        PosterTemplate latest = templates.current();
        if (!own.key().equals(latest.key()) || latest.version() <= own.version()) {
            return Optional.empty();
        }
        String note = templates.info(latest.version()).map(TemplateService.VersionInfo::changeNote).orElse("");
        return Optional.of(new Offer(own.version(), latest.version(), note));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(PosterAccess.WORK)
    public List<Change> preview(long posterId) {
        PosterDocument document = queries.load(posterId);
        return changes(document.template(), templates.current(), document.content());
    }

    /**
     * Takes up the version the preview showed, with the changes whose ids are in {@code taken}.
     *
     * @param offer the versions the preview was made for
     * @param shown the changes as the preview showed them: if the poster, its texts there or the latest version
     *     changed meanwhile, nothing is adopted and the pair is asked to look again
     */
    @PreAuthorize(PosterAccess.WORK)
    public void adopt(long posterId, Offer offer, List<Change> shown, Set<String> taken) {
        PosterDocument document = queries.load(posterId);
        PosterTemplate latest = templates.current();
        if (document.template().version() != offer.from() || latest.version() != offer.to()) {
            throw new DomainException("adopt.stale");
        }
        var changes = changes(document.template(), latest, document.content());
        if (!changes.equals(shown)) {
            throw new DomainException("adopt.stale");
        }
        var chosen = changes.stream().filter(c -> c.choosable() && taken.contains(c.id())).toList();
        lifecycle.adoptTemplate(posterId, latest, apply(document.content(), latest, chosen));
    }

    static List<Change> changes(PosterTemplate old, PosterTemplate next, PosterContent pair) {
        var changes = new ArrayList<Change>();
        for (String part : PosterTemplate.SECTION_KEYS) {
            var before = old.section(part).map(PosterTemplate.Section::guidance).orElse(new Localized("", ""));
            var after = next.section(part).map(PosterTemplate.Section::guidance).orElse(new Localized("", ""));
            if (!before.equals(after)) {
                changes.add(info("guidance:" + part, part, "guidance", "", before.nb(), after.nb()));
            }
            var oldTitle = old.section(part).map(s -> s.title().nb()).orElse("");
            var newTitle = next.section(part).map(s -> s.title().nb()).orElse("");
            if (!oldTitle.equals(newTitle)) {
                changes.add(info("title:" + part, part, "title", "", oldTitle, newTitle));
            }
        }
        for (SectionField field : SectionField.values()) {
            String before = old.cells().getOrDefault(field.key(), "");
            String after = next.cells().getOrDefault(field.key(), "");
            if (!before.equals(after)) {
                String own = pair.sections().getOrDefault(field.key(), "");
                changes.add(new Change("cell:" + field.key(), partOf(field), Kind.REWORDED, field.key(), "", before,
                        after, own, true, own.equals(before)));
            }
        }
        meetings(old, next, pair, changes);
        commitments("department", old.commitments().department(), next.commitments().department(),
                pair.departmentCommitments(), changes);
        commitments("agency", old.commitments().agency(), next.commitments().agency(), pair.agencyCommitments(),
                changes);
        items(old.reflectionQuestions(), next.reflectionQuestions(), PosterTemplate.ReflectionQuestion::key,
                PosterTemplate.ReflectionQuestion::nb, "question", "reflection", changes);
        items(old.rules(), next.rules(), r -> r.key(), r -> r.nb(), "rule", "practice", changes);
        items(old.roles(), next.roles(), PosterTemplate.Role::key, PosterTemplate.Role::nb, "role", "meetings",
                changes);
        return changes;
    }

    private static void meetings(PosterTemplate old, PosterTemplate next, PosterContent pair, List<Change> changes) {
        for (var type : next.meetings()) {
            var before = old.meetingType(type.key());
            if (before.isEmpty()) {
                changes.add(new Change("meeting-add:" + type.key(), "meetings", Kind.ADDED, "", type.name(), "",
                        definition(type), "", true, false));
                continue;
            }
            for (var row : pair.meetings()) {
                if (!type.key().equals(row.templateKey())) {
                    continue;
                }
                for (MeetingField field : MeetingField.values()) {
                    String was = field.kind().normalize(before.get().cells().getOrDefault(field.key(), ""));
                    String now = field.kind().normalize(type.cells().getOrDefault(field.key(), ""));
                    if (!was.equals(now)) {
                        String own = row.value(field);
                        changes.add(new Change("meeting:" + row.rowKey() + ":" + field.key(), "meetings",
                                Kind.REWORDED, field.key(), row.value(MeetingField.NAME), was, now, own, true,
                                own.equals(was)));
                    }
                }
            }
        }
        for (var type : old.meetings()) {
            if (next.meetingType(type.key()).isPresent()) {
                continue;
            }
            for (var row : pair.meetings()) {
                if (type.key().equals(row.templateKey())) {
                    changes.add(new Change("meeting-remove:" + row.rowKey(), "meetings", Kind.REMOVED, "",
                            type.name(), definition(type), "", row.value(MeetingField.NAME), true, false));
                }
            }
        }
    }

    private static String definition(PosterTemplate.TemplateMeeting type) {
        return type.definition() == null ? "" : type.definition().nb();
    }

    private static void commitments(String side, List<String> old, List<String> next,
            List<PosterContent.Commitment> pair, List<Change> changes) {
        for (int i = 0; i < next.size(); i++) {
            if (!old.contains(next.get(i))) {
                changes.add(new Change("commitment-add:" + side + ":" + i, "commitments", Kind.ADDED,
                        "commitments." + side, "", "", next.get(i), "", true, true));
            }
        }
        for (String text : old) {
            if (next.contains(text)) {
                continue;
            }
            pair.stream().filter(c -> c.text().strip().equals(text.strip())).findFirst().ifPresent(own ->
                    changes.add(new Change("commitment-remove:" + side + ":" + own.rowKey(), "commitments",
                            Kind.REMOVED, "commitments." + side, "", text, "", own.text(), true, true)));
        }
    }

    /** The template's own items (questions, rules, roles): listed, and they come with the version. */
    private static <T> void items(List<T> old, List<T> next, Function<T, String> key, Function<T, String> text,
            String kind, String part, List<Change> changes) {
        int number = 1;
        for (T item : next) {
            var before = old.stream().filter(o -> key.apply(o).equals(key.apply(item))).findFirst();
            if (before.isEmpty()) {
                changes.add(new Change(kind + ":" + key.apply(item), part, Kind.ADDED, kind, String.valueOf(number),
                        "", text.apply(item), "", false, true));
            } else if (!before.get().equals(item)) {
                changes.add(new Change(kind + ":" + key.apply(item), part, Kind.REWORDED, kind,
                        String.valueOf(number), text.apply(before.get()), text.apply(item), "", false, true));
            }
            number++;
        }
        for (T item : old) {
            if (next.stream().noneMatch(n -> key.apply(n).equals(key.apply(item)))) {
                changes.add(new Change(kind + ":" + key.apply(item), part, Kind.REMOVED, kind, "",
                        text.apply(item), "", "", false, true));
            }
        }
    }

    private static Change info(String id, String part, String fieldKey, String subject, String before, String after) {
        return new Change(id, part, before.isEmpty() ? Kind.ADDED : after.isEmpty() ? Kind.REMOVED : Kind.REWORDED,
                fieldKey, subject, before, after, "", false, true);
    }

    private static String partOf(SectionField field) {
        String key = field.key();
        return key.startsWith("purpose.") ? "purpose" : key.startsWith("documents.") ? "documents" : "signals";
    }

    /** The pair's content with the chosen changes made, on the new version, with a field for each new item. */
    static PosterContent apply(PosterContent pair, PosterTemplate next, List<Change> chosen) {
        var sections = new TreeMap<>(pair.sections());
        next.reflectionQuestions().forEach(q -> sections.putIfAbsent(SectionField.reflectionKey(q.key()), ""));
        next.rules().forEach(rule -> sections.putIfAbsent(SectionField.reasonKey(rule.key()), ""));
        var meetings = new ArrayList<>(pair.meetings());
        var department = new ArrayList<>(pair.departmentCommitments());
        var agency = new ArrayList<>(pair.agencyCommitments());
        for (Change change : chosen) {
            String[] id = change.id().split(":", 3);
            switch (id[0]) {
                case "cell" -> sections.put(id[1], change.newText());
                case "meeting" -> replaceValue(meetings, id[1], id[2], change.newText());
                case "meeting-add" -> next.meetingType(id[1]).ifPresent(type ->
                        meetings.add(PosterContent.meetingOf(type, PosterEdits.newRowKey())));
                case "meeting-remove" -> meetings.removeIf(m -> m.rowKey().equals(id[1]));
                case "commitment-add" -> (id[1].equals("department") ? department : agency)
                        .add(new PosterContent.Commitment(PosterEdits.newRowKey(), change.newText()));
                case "commitment-remove" -> (id[1].equals("department") ? department : agency)
                        .removeIf(c -> c.rowKey().equals(id[2]));
                default -> throw new IllegalStateException("Unknown change " + change.id());
            }
        }
        return new PosterContent(next.key(), next.version(), sections, meetings, department, agency);
    }

    private static void replaceValue(List<PosterContent.Meeting> meetings, String rowKey, String field,
            String value) {
        for (int i = 0; i < meetings.size(); i++) {
            var meeting = meetings.get(i);
            if (meeting.rowKey().equals(rowKey)) {
                var values = new TreeMap<>(meeting.values());
                values.put(field, value);
                meetings.set(i, new PosterContent.Meeting(rowKey, meeting.templateKey(), values));
            }
        }
    }
}
