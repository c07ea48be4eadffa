package no.oslo.samarbeidsplakaten.poster.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.oslo.samarbeidsplakaten.base.DomainException;
import no.oslo.samarbeidsplakaten.base.NotFoundException;
import no.oslo.samarbeidsplakaten.poster.domain.CellKind;
import no.oslo.samarbeidsplakaten.poster.domain.Formality;
import no.oslo.samarbeidsplakaten.poster.domain.MeetingField;
import no.oslo.samarbeidsplakaten.poster.domain.Poster;
import no.oslo.samarbeidsplakaten.poster.domain.PosterCell;
import no.oslo.samarbeidsplakaten.poster.domain.PosterCellRepository;
import no.oslo.samarbeidsplakaten.poster.domain.PosterChange;
import no.oslo.samarbeidsplakaten.poster.domain.PosterRow;
import no.oslo.samarbeidsplakaten.poster.domain.PosterRowRepository;
import no.oslo.samarbeidsplakaten.poster.domain.RowList;
import no.oslo.samarbeidsplakaten.poster.domain.RowOrder;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adding, moving and removing a poster's meetings and commitments; each change is told to everyone on the poster. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
@NamedInterface("service")
public class PosterStructure {

    private final PosterRowRepository rows;
    private final PosterCellRepository cells;
    private final PosterEdits edits;

    PosterStructure(PosterRowRepository rows, PosterCellRepository cells, PosterEdits edits) {
        this.rows = rows;
        this.cells = cells;
        this.edits = edits;
    }

    /** Adds a meeting row at the end of the matrix, with every attribute empty but its name and formality. */
    @PreAuthorize(PosterAccess.WORK)
    public long addMeeting(long posterId, String name, Formality formality) {
        String checkedName = CellKind.NAME.normalize(name);
        Poster poster = edits.structureChange(posterId);
        PosterRow row = rows.save(new PosterRow(posterId, RowList.MEETINGS, PosterEdits.newRowKey(), null,
                nextPosition(posterId, RowList.MEETINGS)));
        var newCells = new ArrayList<PosterCell>();
        for (MeetingField field : MeetingField.values()) {
            String value = switch (field) {
                case NAME -> checkedName;
                case FORMALITY -> formality.name();
                default -> "";
            };
            newCells.add(new PosterCell(posterId, row.getId(), field.key(), value, poster.getLastChangedAt(),
                    poster.getLastChangedBy()));
        }
        cells.saveAll(newCells);
        edits.trail(poster, PosterChange.Kind.ROW_ADDED, row.getRowKey(), checkedName);
        edits.publishStructure(poster, RowList.MEETINGS);
        return row.getId();
    }

    /** Adds a commitment at the end of one side's list. */
    @PreAuthorize(PosterAccess.WORK)
    public long addCommitment(long posterId, RowList side, String text) {
        if (side == RowList.MEETINGS) {
            throw new IllegalArgumentException("Meetings are added with addMeeting");
        }
        String checkedText = CellKind.TEXT.normalize(text);
        if (checkedText.isBlank()) {
            throw new DomainException("error.commitment.empty");
        }
        Poster poster = edits.structureChange(posterId);
        PosterRow row = rows.save(new PosterRow(posterId, side, PosterEdits.newRowKey(), null, nextPosition(posterId, side)));
        cells.save(new PosterCell(posterId, row.getId(), RowList.COMMITMENT_TEXT, checkedText,
                poster.getLastChangedAt(), poster.getLastChangedBy()));
        edits.trail(poster, PosterChange.Kind.ROW_ADDED, row.getRowKey(), side.name());
        edits.publishStructure(poster, side);
        return row.getId();
    }

    @PreAuthorize(PosterAccess.WORK)
    public void removeRow(long posterId, long rowId) {
        PosterRow row = rowOf(posterId, rowId);
        Poster poster = edits.structureChange(posterId);
        edits.trail(poster, PosterChange.Kind.ROW_REMOVED, row.getRowKey(), edits.targetOf(row));
        cells.deleteByRowId(rowId);
        rows.delete(row);
        RowOrder.renumber(rows.findByPosterIdAndListKeyOrderByPosition(posterId, row.getList()));
        edits.publishStructure(poster, row.getList());
    }

    /**
     * Moves a row one place up (-1) or down (+1) in its list; at either end nothing moves. Meetings are shown grouped
     * by formality, so a meeting swaps places with the nearest meeting of its own kind.
     */
    @PreAuthorize(PosterAccess.WORK)
    public void moveRow(long posterId, long rowId, int direction) {
        PosterRow row = rowOf(posterId, rowId);
        List<PosterRow> siblings = rows.findByPosterIdAndListKeyOrderByPosition(posterId, row.getList());
        Map<Long, String> groups = new HashMap<>();
        if (row.getList() == RowList.MEETINGS) {
            for (PosterCell cell : cells.findByPosterId(posterId)) {
                if (MeetingField.FORMALITY.key().equals(cell.getFieldKey())) {
                    groups.put(cell.getRowId(), cell.getValue());
                }
            }
        }
        if (RowOrder.move(siblings, row, direction, r -> groups.get(r.getId()))) {
            Poster poster = edits.structureChange(posterId);
            edits.trail(poster, PosterChange.Kind.ROW_MOVED, row.getRowKey(), edits.targetOf(row));
            edits.publishStructure(poster, row.getList());
        }
    }

    private PosterRow rowOf(long posterId, long rowId) {
        return rows.findById(rowId).filter(r -> r.getPosterId() == posterId)
                .orElseThrow(() -> new NotFoundException("row " + rowId));
    }

    private int nextPosition(long posterId, RowList list) {
        return rows.findByPosterIdAndListKeyOrderByPosition(posterId, list).size();
    }
}
