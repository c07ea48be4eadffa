package no.oslo.samarbeidsplakaten.poster.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import no.oslo.samarbeidsplakaten.base.DomainException;
import no.oslo.samarbeidsplakaten.base.NotFoundException;
import no.oslo.samarbeidsplakaten.organisation.service.OrganisationService;
import no.oslo.samarbeidsplakaten.poster.domain.CellKind;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.poster.domain.CommittedCell;
import no.oslo.samarbeidsplakaten.poster.domain.PosterCell;
import no.oslo.samarbeidsplakaten.poster.domain.PosterCellRepository;
import no.oslo.samarbeidsplakaten.poster.domain.PosterChange;
import no.oslo.samarbeidsplakaten.poster.domain.PosterChangeRepository;
import no.oslo.samarbeidsplakaten.poster.domain.PosterRepository;
import no.oslo.samarbeidsplakaten.poster.domain.PosterRow;
import no.oslo.samarbeidsplakaten.poster.domain.PosterRowRepository;
import no.oslo.samarbeidsplakaten.poster.domain.PosterStatus;
import no.oslo.samarbeidsplakaten.security.service.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Saving one field of a poster: the one write path of a cell, checked against the revision the writer read. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
@NamedInterface("service")
public class CellEditing {

    private final PosterRepository posters;
    private final PosterRowRepository rows;
    private final PosterCellRepository cells;
    private final PosterChangeRepository changes;
    private final OrganisationService organisations;
    private final CurrentUser currentUser;
    private final PosterEdits edits;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Timer saves;

    CellEditing(PosterRepository posters, PosterRowRepository rows, PosterCellRepository cells,
            PosterChangeRepository changes, OrganisationService organisations, CurrentUser currentUser,
            PosterEdits edits, ApplicationEventPublisher events, Clock clock, MeterRegistry meters) {
        this.posters = posters;
        this.rows = rows;
        this.cells = cells;
        this.changes = changes;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.edits = edits;
        this.events = events;
        this.clock = clock;
        this.saves = Timer.builder("samarbeidsplakaten.cell.save")
                .description("Saving one field, from the check to the write, trail line and event; before the commit")
                .register(meters);
    }

    /**
     * Saves one cell, if nobody else has saved it since the writer read it at {@code expectedRevision}.
     *
     * @throws CellConflictException when the cell has moved on; nothing is written
     * @throws DomainException when the value breaks the cell's rules; nothing is written
     */
    @PreAuthorize(PosterAccess.WORK)
    public CellWrite updateCell(long posterId, long cellId, long expectedRevision, String value) {
        return saves.record(() -> write(posterId, cellId, expectedRevision, value));
    }

    private CellWrite write(long posterId, long cellId, long expectedRevision, String value) {
        PosterCell cell = cells.findByIdAndPosterId(cellId, posterId)
                .orElseThrow(() -> new NotFoundException("cell " + cellId));
        PosterRow row = cell.getRowId() == null ? null : rows.findById(cell.getRowId()).orElseThrow();
        CellKind kind = row == null ? SectionField.kindOf(cell.getFieldKey()) : row.getList().kindOf(cell.getFieldKey());
        String normalized = kind.normalize(value);
        if (kind == CellKind.ROLES) {
            for (String role : CellKind.roleKeys(normalized)) {
                if (!organisations.isKnownRole(role)) {
                    throw new DomainException("error.role.unknown", role);
                }
            }
        }
        if (normalized.equals(cell.getValue())) {
            return new CellWrite(cellId, normalized, cell.getRevision());
        }
        String author = currentUser.authorName();
        var now = clock.instant();
        // The one write path of a cell: conditional on the revision the writer read, decided by the database.
        if (cells.writeIfAt(cellId, expectedRevision, normalized, now, author) == 0) {
            CommittedCell theirs = cells.readCommitted(cellId)
                    .orElseThrow(() -> new NotFoundException("cell " + cellId));
            if (theirs.value().equals(normalized)) {
                // Somebody saved exactly this text already: nothing to choose between.
                return new CellWrite(cellId, normalized, theirs.revision());
            }
            throw new CellConflictException(theirs);
        }
        long revision = expectedRevision + 1;
        posters.markChanged(posterId, now, author, PosterStatus.afterEdit());
        changes.save(new PosterChange(posterId, PosterChange.Kind.CELL, row == null ? null : row.getRowKey(),
                edits.targetOf(row), cell.getFieldKey(), cell.getValue(), normalized, now, author));
        events.publishEvent(new PosterEvents.CellChanged(posterId, cellId, cell.getRowId(), cell.getFieldKey(),
                normalized, revision, author, now));
        return new CellWrite(cellId, normalized, revision);
    }
}
