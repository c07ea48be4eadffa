package no.oslo.samarbeidsplakaten.poster.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole content of a poster, independent of database ids: what an agreed version keeps, what two versions are
 * compared by, and what an approval is tied to (by its hash).
 */
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

        public String value(no.oslo.samarbeidsplakaten.poster.domain.MeetingField field) {
            return values.getOrDefault(field.key(), "");
        }
    }

    public record Commitment(String rowKey, String text) {
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
