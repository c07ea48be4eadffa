package no.oslo.samarbeidsplakaten.survey.service;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import no.oslo.samarbeidsplakaten.template.domain.PosterTemplate.ReflectionQuestion;
import no.oslo.samarbeidsplakaten.template.domain.PosterTemplate.TemplateMeeting;
import no.oslo.samarbeidsplakaten.template.domain.PracticeRule;

/**
 * The kartlegging at one moment: every pair a user may see, compared by the current template's standard meeting
 * types, common rules and reflection questions.
 */
public record CitySurvey(
        LocalDate date,
        String templateName,
        int templateVersion,
        List<TemplateMeeting> types,
        List<PracticeRule> rules,
        List<ReflectionQuestion> questions,
        List<PairPractice> pairs) {

    public CitySurvey only(Predicate<PairPractice> which) {
        return new CitySurvey(date, templateName, templateVersion, types, rules, questions,
                pairs.stream().filter(which).toList());
    }

    public long count(PairStatus status) {
        return pairs.stream().filter(p -> p.status() == status).count();
    }

    /** Pairs with an agreed version, overdue reviews included. */
    public long agreedCount() {
        return pairs.stream().filter(PairPractice::agreed).count();
    }

    /** Pairs whose poster has no agreed version yet. */
    public long draftCount() {
        return count(PairStatus.DRAFT);
    }

    /** The departments among the pairs, id to name, in the pairs' order. */
    public Map<Long, String> departments() {
        var departments = new LinkedHashMap<Long, String>();
        pairs.forEach(p -> departments.putIfAbsent(p.departmentId(), p.departmentName()));
        return departments;
    }

    /** The standard term of a meeting type. */
    public String typeName(String type) {
        return types.stream().filter(t -> t.key().equals(type)).map(TemplateMeeting::name).findFirst().orElse(type);
    }
}
