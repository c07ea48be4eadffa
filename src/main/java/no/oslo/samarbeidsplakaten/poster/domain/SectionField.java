package no.oslo.samarbeidsplakaten.poster.domain;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/** The free-text cells of the poster's fixed sections. Reflection answers are cells too, keyed by
 * question, and so are the reasons for deviating from the template's common rules, keyed by rule. */
@NamedInterface("model")
public enum SectionField {
    PURPOSE("purpose.text"),
    PRINCIPLES("purpose.principles"),
    ALLOCATION_TIMING("documents.allocation.timing"),
    ALLOCATION_MONTHS("documents.allocation.months", CellKind.MONTHS),
    ALLOCATION_INVOLVEMENT("documents.allocation.involvement"),
    ALLOCATION_REPORTING("documents.allocation.reporting"),
    REPORTING_MONTHS("documents.reporting.months", CellKind.MONTHS),
    ANNUAL_REPORT_MONTHS("documents.annualReport.months", CellKind.MONTHS),
    ASSIGNMENT_TIMING("documents.assignment.timing"),
    ASSIGNMENT_MONTHS("documents.assignment.months", CellKind.MONTHS),
    ASSIGNMENT_INVOLVEMENT("documents.assignment.involvement"),
    ASSIGNMENT_REPORTING("documents.assignment.reporting"),
    SIGNALS("signals.text");

    public static final String REFLECTION_PREFIX = "reflection.";
    /** The pair's reason for deviating from a common rule of the template, keyed by the rule. */
    public static final String REASON_PREFIX = "reason.";

    private final String key;
    private final CellKind kind;

    SectionField(String key) {
        this(key, CellKind.TEXT);
    }

    SectionField(String key, CellKind kind) {
        this.key = key;
        this.kind = kind;
    }

    public String key() {
        return key;
    }

    public CellKind kind() {
        return kind;
    }

    /** What a section cell holds: months where the poster places a document in the year, text elsewhere. */
    public static CellKind kindOf(String key) {
        return byKey(key).map(SectionField::kind).orElse(CellKind.TEXT);
    }

    public static String reflectionKey(String questionKey) {
        return REFLECTION_PREFIX + questionKey;
    }

    public static String reasonKey(String ruleKey) {
        return REASON_PREFIX + ruleKey;
    }

    public static Optional<SectionField> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
