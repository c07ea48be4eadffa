package no.oslo.samarbeidsplakaten.template.service;

import java.util.List;

/** One thing that stops a template from being published or imported, as a translation key and its arguments. */
public record TemplateProblem(String messageKey, List<String> arguments) {

    static TemplateProblem of(String messageKey, String... arguments) {
        return new TemplateProblem(messageKey, List.of(arguments));
    }
}
