package no.oslo.samarbeidsplakaten.template.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.oslo.samarbeidsplakaten.base.DomainException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Addresses one field of a template by path, e.g. {@code sections/purpose/guidance/nb} or
 * {@code meetings/fagmote/cells/agenda}. Items of a list are named by their key, so a path stays true while others
 * add or remove items; plain lists of texts (commitments) by their place.
 */
final class DraftPath {

    /** Fields that hold a list of texts or a number even where a template leaves them out (a rule's). */
    private static final java.util.Set<String> LISTS = java.util.Set.of("values", "fields");
    private static final java.util.Set<String> NUMBERS = java.util.Set.of("limit");

    private DraftPath() {
    }

    /** The field's value as the editor shows it: a list of texts joined by commas, a number as digits. */
    static String read(JsonNode root, String path) {
        JsonNode node = locate(root, segments(path));
        if (node == null || node.isNull() || node.isMissingNode() || node.isObject()) {
            // A whole item (named by its key) has no text of its own
            return "";
        }
        if (node.isArray()) {
            var texts = new ArrayList<String>();
            node.values().forEach(element -> texts.add(element.asString()));
            return String.join(", ", texts);
        }
        return node.asString();
    }

    static void write(JsonNode root, String path, String value) {
        var segments = segments(path);
        JsonNode parent = locate(root, segments.subList(0, segments.size() - 1));
        String last = segments.getLast();
        if (parent instanceof ArrayNode list) {
            list.set(index(list, last), value);
        } else if (parent instanceof ObjectNode object) {
            JsonNode existing = object.get(last);
            if (NUMBERS.contains(last) || existing != null && existing.isNumber()) {
                object.put(last, number(value));
            } else if (LISTS.contains(last) || existing != null && existing.isArray()) {
                var list = object.putArray(last);
                Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(list::add);
            } else {
                object.put(last, value);
            }
        } else {
            throw new DomainException("template.error.gone");
        }
    }

    /** Removes the item the path names from its list. */
    static void remove(JsonNode root, String path) {
        var segments = segments(path);
        JsonNode parent = locate(root, segments.subList(0, segments.size() - 1));
        if (!(parent instanceof ArrayNode list)) {
            throw new DomainException("template.error.gone");
        }
        list.remove(index(list, segments.getLast()));
    }

    private static @Nullable JsonNode locate(JsonNode root, List<String> segments) {
        JsonNode node = root;
        for (String segment : segments) {
            if (node == null) {
                return null;
            }
            if (node instanceof ArrayNode list) {
                int at = find(list, segment);
                node = at < 0 ? null : list.get(at);
            } else {
                node = node.get(segment);
            }
        }
        return node;
    }

    private static int index(ArrayNode list, String segment) {
        int at = find(list, segment);
        if (at < 0) {
            throw new DomainException("template.error.gone");
        }
        return at;
    }

    /** The place of the item with this key, or of this place in a list of texts; -1 when there is none. */
    private static int find(ArrayNode list, String segment) {
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            if (item.isObject() && segment.equals(item.path("key").asString())) {
                return i;
            }
        }
        if (!list.isEmpty() && list.get(0).isObject()) {
            return -1;
        }
        try {
            int at = Integer.parseInt(segment);
            return at >= 0 && at < list.size() ? at : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int number(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new DomainException("template.error.number", value);
        }
    }

    private static List<String> segments(String path) {
        return List.of(path.split("/"));
    }
}
