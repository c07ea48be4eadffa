package no.oslo.samarbeidsplakaten.export.service;

import java.util.List;
import no.oslo.samarbeidsplakaten.poster.service.PosterLabels.Translator;

/**
 * One thing wrong with an import file, kept as translation keys so it can be said in the reader's language.
 *
 * @param where a translation key for the place in the file, e.g. "import.at.meetingField"
 */
public record ImportProblem(String where, List<Object> whereParams, String message, List<Object> params) {

    /** The problem in plain words, e.g. "Møte 2 («Fagmøter»), «Hyppighet»: ukjent verdi «hver uke»." */
    public String describe(Translator translator) {
        String place = translator.translate(where, whereParams.stream().map(p -> word(p, translator)).toArray());
        // "Filen er tom." reads as one sentence; a field's problem reads "Feltet «x»: skal være …".
        return translator.translate(where.equals("import.at.file") ? "import.problem.file" : "import.problem", place,
                translator.translate(message, params.stream().map(p -> word(p, translator)).toArray()));
    }

    /** Parameters that are themselves keys (field labels, JSON types) are translated too. */
    private static Object word(Object param, Translator translator) {
        return param instanceof Key key ? translator.translate(key.key()) : param;
    }

    /** A parameter to be translated rather than shown as it is. */
    public record Key(String key) {
    }
}
