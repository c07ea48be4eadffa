package no.oslo.samarbeidsplakaten.poster.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.oslo.samarbeidsplakaten.base.DomainException;
import org.junit.jupiter.api.Test;

class CellKindTest {

    @Test
    void textUpToTheLimitIsKeptVerbatimIncludingMarkup() {
        String markup = "<script>alert('x')</script> & <b>fet</b>";
        assertThat(CellKind.TEXT.normalize(markup)).isEqualTo(markup);
        assertThat(CellKind.TEXT.normalize("a".repeat(CellKind.MAX_TEXT_LENGTH))).hasSize(2000);
    }

    @Test
    void textOverTheLimitIsRefusedWithItsLength() {
        assertThatThrownBy(() -> CellKind.TEXT.normalize("a".repeat(2001)))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    var refused = (DomainException) e;
                    assertThat(refused.getMessageKey()).isEqualTo("error.text.tooLong");
                    assertThat(refused.getArguments()).containsExactly(2001, 2000);
                });
    }

    @Test
    void windowsLineEndingsAreUnified() {
        assertThat(CellKind.TEXT.normalize("a\r\nb\rc")).isEqualTo("a\nb\nc");
    }

    @Test
    void meetingNamesMustNotBeEmptyOrTooLong() {
        assertThat(CellKind.NAME.normalize("  Strategimøte  ")).isEqualTo("Strategimøte");
        assertThatThrownBy(() -> CellKind.NAME.normalize("   ")).extracting("messageKey")
                .isEqualTo("error.name.empty");
        assertThatThrownBy(() -> CellKind.NAME.normalize("x".repeat(201))).extracting("messageKey")
                .isEqualTo("error.name.tooLong");
        assertThatThrownBy(() -> CellKind.NAME.normalize("to\nlinjer")).extracting("messageKey")
                .isEqualTo("error.name.lineBreak");
    }

    @Test
    void choicesAcceptOnlyTheirValuesAndMayBeLeftOpen() {
        assertThat(CellKind.PUBLICITY.normalize("ASSESSED")).isEqualTo("ASSESSED");
        assertThat(CellKind.PUBLICITY.normalize("")).isEmpty();
        assertThatThrownBy(() -> CellKind.PUBLICITY.normalize("SECRET")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> CellKind.FORMALITY.normalize("")).isInstanceOf(DomainException.class);
    }

    @Test
    void rolesAreDeduplicatedInOrder() {
        assertThat(CellKind.ROLES.normalize("etatssjef, kommunaldirektor,etatssjef"))
                .isEqualTo("etatssjef,kommunaldirektor");
        assertThatThrownBy(() -> CellKind.ROLES.normalize("Kari Nordmann")).isInstanceOf(DomainException.class);
    }
}
