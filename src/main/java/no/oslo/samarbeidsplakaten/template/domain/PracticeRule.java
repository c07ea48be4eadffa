package no.oslo.samarbeidsplakaten.template.domain;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * One of the template's common rules ("sånn gjør vi det her"), as data: which meetings it is about, which of their
 * attributes it looks at and what it expects. A pair may deviate for good reasons and says why on its poster.
 *
 * @param meetingType the standard meeting type it is about, or null for every meeting of {@code formality}
 * @param formality FORMAL or INFORMAL to be about every meeting of that kind; null with a meeting type
 * @param fields the meeting attributes the check reads
 * @param values for {@link Check#ONE_OF}: the accepted values
 * @param limit for {@link Check#AT_MOST_PER_YEAR}: the most meetings a year
 */
@NamedInterface("model")
public record PracticeRule(
        String key,
        @Nullable String meetingType,
        @Nullable String formality,
        Check check,
        List<String> fields,
        @Nullable List<String> values,
        @Nullable Integer limit,
        String nb,
        String en) {

    public PracticeRule {
        // Blank is "not about a type" (as the editor leaves a cleared choice), never a type called "".
        meetingType = meetingType == null || meetingType.isBlank() ? null : meetingType;
        formality = formality == null || formality.isBlank() ? null : formality;
        values = values == null ? List.of() : List.copyOf(values);
        limit = limit == null ? 0 : limit;
        fields = fields == null ? List.of() : List.copyOf(fields);
        nb = nb == null ? "" : nb;
        en = en == null ? "" : en;
    }

    /** What a rule expects of each attribute it reads. */
    public enum Check {
        /** The meeting is held at most {@code limit} times a year ("ved behov" and milestones are not counted). */
        AT_MOST_PER_YEAR,
        /** The attribute has one of {@code values}. */
        ONE_OF,
        /** Every attribute in {@code fields} is filled in. */
        NOT_BLANK
    }

    public String text(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : nb;
    }
}
