package no.oslo.samarbeidsplakaten.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.oslo.samarbeidsplakaten.poster.domain.ArchiveRule;
import no.oslo.samarbeidsplakaten.poster.domain.DocumentationKind;
import no.oslo.samarbeidsplakaten.poster.domain.Drafter;
import no.oslo.samarbeidsplakaten.poster.domain.Formality;
import no.oslo.samarbeidsplakaten.poster.domain.FrequencyKind;
import no.oslo.samarbeidsplakaten.poster.domain.FrequencyPeriod;
import no.oslo.samarbeidsplakaten.poster.domain.MeetingField;
import no.oslo.samarbeidsplakaten.poster.domain.PoliticalRole;
import no.oslo.samarbeidsplakaten.poster.domain.PosterStatus;
import no.oslo.samarbeidsplakaten.poster.domain.Publicity;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.poster.domain.YesNo;
import no.oslo.samarbeidsplakaten.security.domain.AppRole;
import org.junit.jupiter.api.Test;

/** Every string the user can see exists in bokmål and in English. */
class TranslationFilesTest {

    private static final Pattern LITERAL_KEY =
            Pattern.compile("(?:getTranslation|labels\\.t|\\bt)\\(\"([a-zA-Z0-9._]+)\"");

    private final Properties nb = load("nb");
    private final Properties en = load("en");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(new TreeSet<>(en.stringPropertyNames())).isEqualTo(new TreeSet<>(nb.stringPropertyNames()));
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                var matcher = LITERAL_KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        used.removeIf(key -> key.endsWith("."));
        assertThat(used).hasSizeGreaterThan(100);
        assertThat(nb.stringPropertyNames()).containsAll(used);
    }

    @Test
    void everyChoiceAndFieldHasALabel() {
        Set<String> needed = new TreeSet<>();
        for (var choices : Set.of(ArchiveRule.values(), DocumentationKind.values(), Drafter.values(),
                Formality.values(), FrequencyKind.values(), FrequencyPeriod.values(), PoliticalRole.values(),
                PosterStatus.values(), Publicity.values(), YesNo.values(), AppRole.values())) {
            for (Choice choice : choices) {
                needed.add(choice.messageKey());
            }
        }
        for (MeetingField field : MeetingField.values()) {
            needed.add(field.labelKey());
        }
        for (SectionField field : SectionField.values()) {
            needed.add("field." + field.key());
        }
        for (FrequencyPeriod period : FrequencyPeriod.values()) {
            needed.add("frequency.per." + period.name());
        }
        for (Formality formality : Formality.values()) {
            needed.add("meetings.group." + formality.name());
        }
        assertThat(nb.stringPropertyNames()).containsAll(needed);
        assertThat(en.stringPropertyNames()).containsAll(needed);
    }

    @Test
    void messagesWithPlaceholdersHaveNoBareApostrophes() {
        // MessageFormat swallows a lone apostrophe and the placeholders after it
        for (Properties bundle : new Properties[] {nb, en}) {
            for (String key : bundle.stringPropertyNames()) {
                String message = bundle.getProperty(key);
                if (message.contains("{0}")) {
                    assertThat(message).as(key).doesNotContain("'");
                }
            }
        }
    }

    private static Properties load(String language) {
        var properties = new Properties();
        try (InputStream in = TranslationFilesTest.class.getResourceAsStream(
                "/vaadin-i18n/translations_" + language + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
