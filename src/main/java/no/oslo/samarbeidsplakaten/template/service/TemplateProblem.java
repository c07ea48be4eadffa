package no.oslo.samarbeidsplakaten.template.service;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** One thing that stops a template from being published or imported, as a translation key and its arguments. */
public record TemplateProblem(String messageKey, List<String> arguments) {

    static TemplateProblem of(String messageKey, String... arguments) {
        // A broken file may leave a name out: the problem is still listed.
        return new TemplateProblem(messageKey, Arrays.stream(arguments).map(a -> Objects.toString(a, "")).toList());
    }
}
