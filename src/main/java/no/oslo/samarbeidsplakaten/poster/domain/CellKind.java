package no.oslo.samarbeidsplakaten.poster.domain;

import no.oslo.samarbeidsplakaten.base.Choice;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import no.oslo.samarbeidsplakaten.base.DomainException;
import org.springframework.modulith.NamedInterface;

/** What a cell holds, and the rules a value must follow before it is saved. */
@NamedInterface("model")
public enum CellKind {
    TEXT(null),
    NAME(null),
    FORMALITY(Formality.class),
    FREQUENCY(null),
    MONTHS(null),
    ROLES(null),
    POLITICAL_ROLE(PoliticalRole.class),
    DOCUMENTATION_KIND(DocumentationKind.class),
    DRAFTER(Drafter.class),
    YES_NO(YesNo.class),
    PUBLICITY(Publicity.class),
    ARCHIVE(ArchiveRule.class);

    public static final int MAX_TEXT_LENGTH = 2000;
    public static final int MAX_NAME_LENGTH = 200;
    private static final Pattern ROLE_KEY = Pattern.compile("[a-z0-9-]{1,50}");

    private final Class<? extends Enum<?>> choices;

    CellKind(Class<? extends Enum<?>> choices) {
        this.choices = choices;
    }

    /** The allowed values of a choice kind, in display order; empty for other kinds. */
    public List<Choice> choices() {
        return choices == null ? List.of()
                : Arrays.stream(choices.getEnumConstants()).map(Choice.class::cast).toList();
    }

    /**
     * @return the value as it is stored: line endings unified, trailing blanks of names dropped
     * @throws DomainException when the value breaks the rules of this kind
     */
    public String normalize(String value) {
        String v = value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n');
        return switch (this) {
            case TEXT -> {
                if (v.length() > MAX_TEXT_LENGTH) {
                    throw new DomainException("error.text.tooLong", v.length(), MAX_TEXT_LENGTH);
                }
                yield v;
            }
            case NAME -> {
                String name = v.strip();
                if (name.isEmpty()) {
                    throw new DomainException("error.name.empty");
                }
                if (name.length() > MAX_NAME_LENGTH) {
                    throw new DomainException("error.name.tooLong", name.length(), MAX_NAME_LENGTH);
                }
                if (name.contains("\n")) {
                    throw new DomainException("error.name.lineBreak");
                }
                yield name;
            }
            case FREQUENCY -> {
                var frequency = Frequency.parse(v);
                yield frequency == null ? "" : frequency.encode();
            }
            case MONTHS -> YearMonths.parse(v).encode();
            case ROLES -> String.join(",", roleKeys(v));
            case FORMALITY -> {
                if (v.isEmpty()) {
                    throw new DomainException("error.choice.invalid");
                }
                yield checkedChoice(v);
            }
            default -> v.isEmpty() ? "" : checkedChoice(v);
        };
    }

    /** The role keys of a ROLES value, in order, without duplicates. */
    public static List<String> roleKeys(String value) {
        var keys = new LinkedHashSet<String>();
        for (String part : value.split(",")) {
            String key = part.strip();
            if (key.isEmpty()) {
                continue;
            }
            if (!ROLE_KEY.matcher(key).matches()) {
                throw new DomainException("error.role.unknown", key);
            }
            keys.add(key);
        }
        return List.copyOf(keys);
    }

    private String checkedChoice(String v) {
        if (choices().stream().noneMatch(c -> c.name().equals(v))) {
            throw new DomainException("error.choice.invalid");
        }
        return v;
    }
}
