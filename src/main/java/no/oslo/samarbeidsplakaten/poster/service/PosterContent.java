package no.oslo.samarbeidsplakaten.poster.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import no.oslo.samarbeidsplakaten.poster.domain.MeetingField;
import no.oslo.samarbeidsplakaten.poster.domain.RowList;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.template.domain.PosterTemplate;
import org.springframework.modulith.NamedInterface;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole content of a poster, independent of database ids: what an agreed version keeps, what two versions are
 * compared by, and what an approval is tied to (by its hash).
 */
@NamedInterface("service")
public record PosterContent(
        String templateKey,
        int templateVersion,
        SortedMap<String, String> sections,
        List<Meeting> meetings,
        List<Commitment> departmentCommitments,
        List<Commitment> agencyCommitments) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A meeting row: its lifelong key, the template row it came from (or null) and its attribute values. */
    public record Meeting(String rowKey, String templateKey, SortedMap<String, String> values) {

        public String value(MeetingField field) {
            return values.getOrDefault(field.key(), "");
        }
    }

    public record Commitment(String rowKey, String text) {
    }

    /**
     * A new pair's poster as the template starts it: the guidance values, empty reflection answers and
     * reasons.
     *
     * @param rowKeys gives each row its lifelong key
     */
    public static PosterContent fromTemplate(PosterTemplate template, Supplier<String> rowKeys) {
        var sections = new TreeMap<String, String>();
        for (SectionField field : SectionField.values()) {
            sections.put(field.key(), template.cells().getOrDefault(field.key(), ""));
        }
        template.reflectionQuestions().forEach(q -> sections.put(SectionField.reflectionKey(q.key()), ""));
        template.rules().forEach(rule -> sections.put(SectionField.reasonKey(rule.key()), ""));
        var meetings = template.meetings().stream().map(meeting -> meetingOf(meeting, rowKeys.get())).toList();
        return new PosterContent(template.key(), template.version(), sections, meetings,
                template.commitments().department().stream().map(t -> new Commitment(rowKeys.get(), t)).toList(),
                template.commitments().agency().stream().map(t -> new Commitment(rowKeys.get(), t)).toList());
    }

    /** A meeting row of a standard type, as the template starts it. */
    public static Meeting meetingOf(PosterTemplate.TemplateMeeting type, String rowKey) {
        var values = new TreeMap<String, String>();
        for (MeetingField field : MeetingField.values()) {
            values.put(field.key(), field.kind().normalize(type.cells().getOrDefault(field.key(), "")));
        }
        return new Meeting(rowKey, type.key(), values);
    }

    /** One side's commitments. */
    public List<Commitment> commitments(RowList side) {
        return switch (side) {
            case DEPARTMENT_COMMITMENTS -> departmentCommitments;
            case AGENCY_COMMITMENTS -> agencyCommitments;
            case MEETINGS -> throw new IllegalArgumentException("Meetings are not commitments");
        };
    }

    public String toJson() {
        return JSON.writeValueAsString(this);
    }

    public static PosterContent fromJson(String json) {
        return JSON.readValue(json, PosterContent.class);
    }

    /** Equal content gives an equal hash: maps are sorted and lists keep the poster's order. */
    public String hash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(toJson().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
