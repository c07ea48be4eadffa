package no.oslo.samarbeidsplakaten.export.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import no.oslo.samarbeidsplakaten.base.DomainException;
import no.oslo.samarbeidsplakaten.export.service.ImportProblem.Key;
import no.oslo.samarbeidsplakaten.organisation.domain.Organisation;
import no.oslo.samarbeidsplakaten.organisation.domain.OrganisationKind;
import no.oslo.samarbeidsplakaten.poster.domain.CellKind;
import no.oslo.samarbeidsplakaten.poster.domain.MeetingField;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.poster.service.PosterContent;
import no.oslo.samarbeidsplakaten.template.domain.PosterTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeType;

/**
 * Reads an export file and checks every part of it against this installation (organisations, template, role
 * catalogue) and against the poster's own rules, collecting all problems rather than stopping at the first, so the
 * admin can fix the file in one go. Reading changes nothing.
 */
final class ImportReader {

    static final int MAX_MEETINGS = 100;
    static final int MAX_COMMITMENTS = 100;
    private static final int MAX_PROBLEMS = 50;
    private static final Pattern ROW_KEY = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What the installation knows, for checking a file against it. */
    interface Catalogue {
        Organisation organisation(String code);

        PosterTemplate template(String key, int version);

        boolean isKnownRole(String roleKey);
    }

    /** A file that passed every check. */
    record Plan(Organisation department, Organisation agency, PosterContent content) {
    }

    /** Either a plan or the problems that stop it. */
    record Result(Plan plan, List<ImportProblem> problems) {
    }

    private final Catalogue catalogue;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Set<String> rowKeys = new HashSet<>();

    ImportReader(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    Result read(byte[] file) {
        if (file.length == 0 || new String(file, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            return failed(problem("import.at.file", List.of(), "import.error.empty", List.of()));
        }
        JsonNode root;
        try {
            root = JSON.readTree(file);
        } catch (JacksonException e) {
            var at = e.getLocation();
            return failed(problem("import.at.file", List.of(), "import.error.notJson",
                    List.of(at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr())));
        }
        if (root == null || !root.isObject()) {
            return failed(problem("import.at.file", List.of(), "import.error.notObject", List.of()));
        }
        if (!PosterExportFile.FORMAT.equals(root.path("format").asString(""))) {
            return failed(problem("import.at.file", List.of(), "import.error.format", List.of()));
        }
        JsonNode formatVersion = root.path("formatVersion");
        if (!formatVersion.isInt() || !PosterExportFile.READABLE_VERSIONS.contains(formatVersion.asInt())) {
            return failed(problem("import.at.file", List.of(), "import.error.formatVersion",
                    List.of(formatVersion.isMissingNode() ? "–" : formatVersion.toString(),
                            PosterExportFile.FORMAT_VERSION)));
        }
        Organisation department = organisation(root, "department", OrganisationKind.DEPARTMENT);
        Organisation agency = organisation(root, "agency", OrganisationKind.AGENCY);
        if (department != null && agency != null
                && (agency.getParent() == null || !agency.getParent().getId().equals(department.getId()))) {
            add("import.at.field", List.of("agency.code"), "error.poster.agencyNotUnderDepartment",
                    List.of(agency.getName(), department.getName()));
        }
        PosterContent content = content(root.path("content"));
        if (root.has("versions") && !root.get("versions").isArray()) {
            typeProblem("versions", JsonNodeType.ARRAY, root.get("versions"));
        }
        if (!problems.isEmpty()) {
            return new Result(null, List.copyOf(problems));
        }
        return new Result(new Plan(department, agency, content), List.of());
    }

    private Organisation organisation(JsonNode root, String name, OrganisationKind kind) {
        JsonNode node = root.path(name);
        if (!expect(name, node, JsonNodeType.OBJECT)) {
            return null;
        }
        String code = string(name + ".code", node.path("code"));
        if (code == null) {
            return null;
        }
        Organisation organisation = catalogue.organisation(code);
        if (organisation == null) {
            add("import.at.field", List.of(name + ".code"), "import.error.organisation", List.of(code));
            return null;
        }
        if (organisation.getKind() != kind) {
            add("import.at.field", List.of(name + ".code"), kind == OrganisationKind.DEPARTMENT
                    ? "import.error.notDepartment" : "import.error.notAgency", List.of(organisation.getName()));
            return null;
        }
        return organisation;
    }

    private PosterContent content(JsonNode content) {
        if (!expect("content", content, JsonNodeType.OBJECT)) {
            return null;
        }
        String templateKey = string("content.templateKey", content.path("templateKey"));
        JsonNode templateVersion = content.path("templateVersion");
        if (!templateVersion.isInt()) {
            typeProblem("content.templateVersion", JsonNodeType.NUMBER, templateVersion);
        }
        PosterTemplate template = null;
        if (templateKey != null && templateVersion.isInt()) {
            template = catalogue.template(templateKey, templateVersion.asInt());
            if (template == null) {
                add("import.at.field", List.of("content.templateKey"), "import.error.template",
                        List.of(templateKey, templateVersion.asInt()));
            }
        }
        var sections = sections(content.path("sections"), template);
        var meetings = meetings(content.path("meetings"));
        var department = commitments("content.departmentCommitments", content.path("departmentCommitments"),
                "commitments.department");
        var agency = commitments("content.agencyCommitments", content.path("agencyCommitments"),
                "commitments.agency");
        if (template == null) {
            return null;
        }
        return new PosterContent(template.key(), template.version(), sections, meetings, department, agency);
    }

    private SortedMap<String, String> sections(JsonNode node, PosterTemplate template) {
        var sections = new TreeMap<String, String>();
        if (!expect("content.sections", node, JsonNodeType.OBJECT)) {
            return sections;
        }
        Predicate<String> known = key -> SectionField.byKey(key).isPresent() || template == null
                || key.startsWith(SectionField.REFLECTION_PREFIX) && template.reflectionQuestions().stream()
                        .anyMatch(q -> SectionField.reflectionKey(q.key()).equals(key))
                || key.startsWith(SectionField.REASON_PREFIX) && template.rules().stream()
                        .anyMatch(rule -> SectionField.reasonKey(rule.key()).equals(key));
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String key = entry.getKey();
            String path = "content.sections." + key;
            if (!known.test(key)) {
                add("import.at.field", List.of(path), "import.error.unknownSection", List.of(key));
                continue;
            }
            String value = string(path, entry.getValue());
            if (value != null) {
                checked(value, SectionField.kindOf(key), "import.at.field", List.of(path))
                        .ifPresent(v -> sections.put(key, v));
            }
        }
        return sections;
    }

    private List<PosterContent.Meeting> meetings(JsonNode node) {
        var meetings = new ArrayList<PosterContent.Meeting>();
        if (!expect("content.meetings", node, JsonNodeType.ARRAY)) {
            return meetings;
        }
        if (node.size() > MAX_MEETINGS) {
            add("import.at.field", List.of("content.meetings"), "import.error.tooMany",
                    List.of(node.size(), MAX_MEETINGS));
            return meetings;
        }
        for (int i = 0; i < node.size(); i++) {
            String path = "content.meetings[" + i + "]";
            JsonNode meeting = node.get(i);
            if (!expect(path, meeting, JsonNodeType.OBJECT)) {
                continue;
            }
            String rowKey = rowKey(path, meeting.path("rowKey"));
            JsonNode templateKey = meeting.path("templateKey");
            if (!templateKey.isMissingNode() && !templateKey.isNull() && !templateKey.isString()) {
                typeProblem(path + ".templateKey", JsonNodeType.STRING, templateKey);
            }
            JsonNode valuesNode = meeting.path("values");
            if (!expect(path + ".values", valuesNode, JsonNodeType.OBJECT)) {
                continue;
            }
            String name = valuesNode.path(MeetingField.NAME.key()).asString("");
            var values = new TreeMap<String, String>();
            for (Map.Entry<String, JsonNode> entry : valuesNode.properties()) {
                var field = MeetingField.byKey(entry.getKey());
                if (field.isEmpty()) {
                    add("import.at.meeting", List.of(i + 1, name), "import.error.unknownField",
                            List.of(entry.getKey()));
                    continue;
                }
                String value = string(path + ".values." + entry.getKey(), entry.getValue());
                if (value != null) {
                    meetingValue(i, name, field.get(), value).ifPresent(v -> values.put(field.get().key(), v));
                }
            }
            for (MeetingField required : List.of(MeetingField.NAME, MeetingField.FORMALITY)) {
                if (!valuesNode.has(required.key())) {
                    add("import.at.meetingField", List.of(i + 1, name, new Key(required.labelKey())),
                            "import.error.missing", List.of());
                }
            }
            if (rowKey != null) {
                meetings.add(new PosterContent.Meeting(rowKey, templateKey.isString() ? templateKey.asString() : null,
                        values));
            }
        }
        return meetings;
    }

    private java.util.Optional<String> meetingValue(int index, String name, MeetingField field, String value) {
        var where = List.<Object>of(index + 1, name, new Key(field.labelKey()));
        var normalized = checked(value, field.kind(), "import.at.meetingField", where);
        if (normalized.isPresent() && field.kind() == CellKind.ROLES) {
            for (String role : CellKind.roleKeys(normalized.get())) {
                if (!catalogue.isKnownRole(role)) {
                    add("import.at.meetingField", where, "import.error.unknownRole", List.of(role));
                    return java.util.Optional.empty();
                }
            }
        }
        return normalized;
    }

    private List<PosterContent.Commitment> commitments(String path, JsonNode node, String sideKey) {
        var commitments = new ArrayList<PosterContent.Commitment>();
        if (!expect(path, node, JsonNodeType.ARRAY)) {
            return commitments;
        }
        if (node.size() > MAX_COMMITMENTS) {
            add("import.at.field", List.of(path), "import.error.tooMany", List.of(node.size(), MAX_COMMITMENTS));
            return commitments;
        }
        for (int i = 0; i < node.size(); i++) {
            String itemPath = path + "[" + i + "]";
            JsonNode item = node.get(i);
            if (!expect(itemPath, item, JsonNodeType.OBJECT)) {
                continue;
            }
            String rowKey = rowKey(itemPath, item.path("rowKey"));
            String text = string(itemPath + ".text", item.path("text"));
            if (rowKey != null && text != null) {
                checked(text, CellKind.TEXT, "import.at.commitment", List.of(new Key(sideKey), i + 1))
                        .ifPresent(t -> commitments.add(new PosterContent.Commitment(rowKey, t)));
            }
        }
        return commitments;
    }

    private String rowKey(String path, JsonNode node) {
        String key = string(path + ".rowKey", node);
        if (key == null) {
            return null;
        }
        if (!ROW_KEY.matcher(key).matches()) {
            add("import.at.field", List.of(path + ".rowKey"), "import.error.rowKey", List.of(key));
            return null;
        }
        if (!rowKeys.add(key)) {
            add("import.at.field", List.of(path + ".rowKey"), "import.error.duplicateRowKey", List.of(key));
            return null;
        }
        return key;
    }

    /** The value as the poster would store it, or a problem in the words the editor would use. */
    private java.util.Optional<String> checked(String value, CellKind kind, String where, List<Object> whereParams) {
        try {
            return java.util.Optional.of(kind.normalize(value));
        } catch (DomainException e) {
            add(where, whereParams, e.getMessageKey(), List.of(e.getArguments()));
            return java.util.Optional.empty();
        }
    }

    private String string(String path, JsonNode node) {
        return expect(path, node, JsonNodeType.STRING) ? node.asString() : null;
    }

    private boolean expect(String path, JsonNode node, JsonNodeType type) {
        if (node.getNodeType() == type) {
            return true;
        }
        typeProblem(path, type, node);
        return false;
    }

    private void typeProblem(String path, JsonNodeType expected, JsonNode actual) {
        if (actual.isMissingNode()) {
            add("import.at.field", List.of(path), "import.error.missing", List.of());
        } else {
            add("import.at.field", List.of(path), "import.error.type",
                    List.of(new Key("import.type." + expected.name()),
                            new Key("import.type." + actual.getNodeType().name())));
        }
    }

    private void add(String where, List<Object> whereParams, String message, List<Object> params) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new ImportProblem(where, whereParams, message, params));
        }
    }

    private static ImportProblem problem(String where, List<Object> whereParams, String message, List<Object> params) {
        return new ImportProblem(where, whereParams, message, params);
    }

    private static Result failed(ImportProblem problem) {
        return new Result(null, List.of(problem));
    }
}
