package no.oslo.samarbeidsplakaten.support;

import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.poster.service.CellConflictException;
import no.oslo.samarbeidsplakaten.poster.service.CellEditing;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;

/** Two people in one field at once, made to happen rather than hoped for. */
public final class Conflicts {

    private Conflicts() {
    }

    /**
     * A peer saves the poster's signals text while the user types in it, so that the user's next save meets a newer
     * revision. Each round the user types a little and the peer saves at the revision read before; when the user's
     * pause in typing saved first (a slow machine), the peer's save is refused and the round is played again.
     */
    public static void peerSavesSignalsWhileTyping(TestData testData, PosterQueries posters, CellEditing cells,
            long posterId, String peer, String peerText, Runnable typeALittle) {
        for (int round = 0; round < 5; round++) {
            var signals = testData.fetchAs(peer, () -> posters.load(posterId).section(SectionField.SIGNALS));
            typeALittle.run();
            try {
                testData.as(peer, () -> cells.updateCell(posterId, signals.id(), signals.revision(), peerText));
                return;
            } catch (CellConflictException userSavedFirst) {
                // The user's text was saved before the peer's: no conflict this round.
            }
        }
        throw new AssertionError("the user's saves always came first");
    }
}
