package no.oslo.samarbeidsplakaten.demo;

import java.util.List;
import java.util.Map;
import no.oslo.samarbeidsplakaten.poster.domain.Formality;

/**
 * The demo city's practice, pair by pair: how each departs from the Oslo template, as pairs do in real workshops
 * (other names for the same meeting, more or fewer meetings, political leadership closer or further away), with
 * reasons for some deviations and working notes from the reflection.
 */
final class DemoPractice {

    /** A meeting a pair added to the template's. */
    record Meeting(String name, Formality formality, Map<String, String> values) {
    }

    /**
     * @param changes meeting attributes by the template meeting type of the row
     * @param sections section cells by key: reasons, reflection answers, texts
     * @param versions how many versions the pair has agreed (0 for a draft)
     * @param afterAgreement changes made to the draft after the last agreed version
     */
    record Pair(String agency, List<String> removed, List<Meeting> added, Map<String, Map<String, String>> changes,
            Map<String, String> sections, int versions, Map<String, Map<String, String>> afterAgreement) {
    }

    private DemoPractice() {
    }

    /** The agency of the pair whose review date comes within a month, so the demo shows the reminders. */
    static final String REVIEW_SOON = "BYM";

    static final List<Pair> PAIRS = List.of(
            new Pair("UKE", List.of(), List.of(),
                    Map.of("etatsstyringsmote", Map.of("frequency", "EXACTLY:4:YEAR")),
                    Map.of("reflection.meetings", "Møtene fungerer godt. Vi vil bruke etatsstyringsmøtene mer til "
                            + "risiko og mindre til enkeltsaker."), 2, Map.of()),
            new Pair("KEM", List.of(), List.of(),
                    Map.of("etatsstyringsmote", Map.of("name", "Styringsmøte", "frequency", "EXACTLY:6:YEAR")),
                    Map.of("reason.etatsstyring-hyppighet", "Kemnerkontoret er i en omstilling i 2026–2027 som "
                                    + "krever tettere oppfølging. Vi går tilbake til fire møter i 2028.",
                            "reflection.roles", "I dag er det uklart hvem som eier oppfølgingen av omstillingen. "
                                    + "Fremover vil vi ha én kontaktperson på hver side."), 0, Map.of()),
            new Pair("BYM", List.of(), List.of(new Meeting("Strategimøte", Formality.FORMAL, Map.of(
                    "frequency", "EXACTLY:1:YEAR", "chair", "kommunaldirektor", "departmentParticipants",
                    "byr-ledergruppe", "agencyParticipants", "etatssjef,etat-ledergruppe", "politicalRole",
                    "PARTICIPATES", "documentation", "MINUTES", "publicity", "PUBLIC", "purpose",
                    "Langsiktige prioriteringer for byrommet, med politisk ledelse.", "months", "10"))),
                    Map.of("kontaktmote", Map.of("frequency", "EXACTLY:2:MONTH")),
                    Map.of("reason.kontaktmote-hyppighet", "Vinterdrift og bymiljøsaker krever kortere vei til "
                            + "byråden i sesongen. Vi evaluerer ordningen etter ett år.",
                            "reflection.mix", "Vi blander fagmøter og styring. Fremover skal agendaen si tydelig "
                                    + "hva som er formelt."), 1, Map.of()),
            new Pair("VAV", List.of(), List.of(),
                    Map.of("etatsstyringsmote", Map.of("documentation", "SUMMARY")),
                    Map.of(), 1, Map.of()),
            new Pair("PBE", List.of(), List.of(new Meeting("Startmøte", Formality.INFORMAL, Map.of(
                    "frequency", "EXACTLY:1:YEAR", "documentation", "SUMMARY", "publicity", "ASSESSED",
                    "steeringSignals", "Signaler skrives inn i oppsummeringen.", "months", "1"))),
                    Map.of("fagmote", Map.of("steeringSignals", "")),
                    Map.of("reason.signaler-skriftlig", "Fagmøtene våre er rene arbeidsmøter der det ikke gis "
                            + "styringssignaler; skulle det skje, løftes saken til etatsstyringsmøtet.",
                            "reflection.documentation", "Referatene kommer sent. Vi vil ha utkast innen en uke."),
                    1, Map.of()),
            new Pair("EBY", List.of(), List.of(),
                    Map.of("etatsstyringsmote", Map.of("name", "Etatsmøte", "publicity", "NOT_PUBLIC")),
                    Map.of("reflection.signals", "Signaler fra telefonsamtaler blir ikke alltid skrevet ned."),
                    0, Map.of()),
            new Pair("UDE", List.of(), List.of(new Meeting("Orienteringsmøte", Formality.INFORMAL, Map.of(
                    "frequency", "EXACTLY:1:QUARTER", "documentation", "NONE", "publicity", "NOT_PUBLIC",
                    "steeringSignals", "Ingen styringssignaler gis i orienteringsmøter."))),
                    Map.of("etatsstyringsmote", Map.of("politicalRole", "PARTICIPATES")),
                    Map.of("reflection.agenda", "Skolesaker tar mye plass. Vi vil løfte de strategiske spørsmålene."),
                    1, Map.of("etatsstyringsmote", Map.of("frequency", "EXACTLY:3:YEAR"))),
            new Pair("HELSE", List.of(), List.of(),
                    Map.of("etatsstyringsmote", Map.of("politicalRole", "PARTICIPATES", "frequency", "UP_TO:4:YEAR"),
                            "kontaktmote", Map.of("frequency", "EXACTLY:1:QUARTER")),
                    Map.of("reflection.meetings", "Politisk ledelse er med i etatsstyringsmøtene, og det "
                            + "fungerer godt for oss."), 1, Map.of()),
            new Pair("SYE", List.of(), List.of(
                    new Meeting("Strategiseminar", Formality.INFORMAL, Map.of("frequency", "EXACTLY:1:YEAR",
                            "documentation", "SUMMARY", "steeringSignals", "Oppsummeres skriftlig.")),
                    new Meeting("Dialogmøte", Formality.FORMAL, Map.of("frequency", "EXACTLY:2:MONTH",
                            "chair", "seksjonssjef", "documentation", "NONE"))),
                    Map.of(),
                    Map.of(), 0, Map.of()),
            new Pair("VEL", List.of(), List.of(),
                    Map.of("etatsstyringsmote", Map.of("name", "Styringsdialogmøte")),
                    Map.of("reflection.roles", "Rollene er tydelige, men vi må bli bedre på å varsle risiko tidlig."),
                    1, Map.of()),
            new Pair("KULT", List.of("oppdragsstyringsmote"), List.of(),
                    Map.of("etatsstyringsmote", Map.of("frequency", "EXACTLY:2:YEAR")),
                    Map.of("reflection.meetings", "Vi har ingen store oppdrag nå og har tatt bort "
                            + "oppdragsstyringsmøtet."), 0, Map.of()));
}
