package no.oslo.samarbeidsplakaten.poster.service;

import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import no.oslo.samarbeidsplakaten.base.DomainException;
import no.oslo.samarbeidsplakaten.base.NotFoundException;
import no.oslo.samarbeidsplakaten.organisation.domain.Organisation;
import no.oslo.samarbeidsplakaten.organisation.domain.OrganisationKind;
import no.oslo.samarbeidsplakaten.organisation.service.OrganisationService;
import no.oslo.samarbeidsplakaten.poster.domain.CellKind;
import no.oslo.samarbeidsplakaten.poster.domain.Formality;
import no.oslo.samarbeidsplakaten.poster.domain.MeetingField;
import no.oslo.samarbeidsplakaten.poster.domain.Poster;
import no.oslo.samarbeidsplakaten.poster.domain.PosterCell;
import no.oslo.samarbeidsplakaten.poster.domain.PosterCellRepository;
import no.oslo.samarbeidsplakaten.poster.domain.PosterRepository;
import no.oslo.samarbeidsplakaten.poster.domain.PosterRow;
import no.oslo.samarbeidsplakaten.poster.domain.PosterRowRepository;
import no.oslo.samarbeidsplakaten.poster.domain.PosterSummary;
import no.oslo.samarbeidsplakaten.poster.domain.RowList;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument.Cell;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument.Row;
import no.oslo.samarbeidsplakaten.security.service.CurrentUser;
import no.oslo.samarbeidsplakaten.template.domain.PosterTemplate;
import no.oslo.samarbeidsplakaten.template.service.TemplateService;
import no.oslo.samarbeidsplakaten.workshop.service.WorkshopAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating posters and changing their content. Every write is validated here, then saved at once. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class PosterService {

    private final PosterRepository posters;
    private final PosterRowRepository rows;
    private final PosterCellRepository cells;
    private final OrganisationService organisations;
    private final TemplateService templates;
    private final CurrentUser currentUser;
    private final WorkshopAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PosterService(PosterRepository posters, PosterRowRepository rows, PosterCellRepository cells,
            OrganisationService organisations, TemplateService templates, CurrentUser currentUser,
            WorkshopAccess access, ApplicationEventPublisher events, Clock clock) {
        this.posters = posters;
        this.rows = rows;
        this.cells = cells;
        this.organisations = organisations;
        this.templates = templates;
        this.currentUser = currentUser;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'MEMBER')")
    public List<PosterSummary> findSummaries(PosterFilter filter, Pageable page) {
        String text = filter.text().isEmpty() ? "" : "%" + filter.text().toLowerCase(Locale.ROOT) + "%";
        Pageable ordered = page.getSort().isSorted() ? page
                : PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by("d.name", "a.name"));
        return posters.findSummaries(text, filter.status(), ordered);
    }

    /**
     * Creates the poster of a department–agency pair from the current Oslo standard template, pre-filled with its
     * guidance values.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'MEMBER')")
    public long create(long departmentId, long agencyId) {
        Organisation department = organisations.findById(departmentId)
                .filter(o -> o.getKind() == OrganisationKind.DEPARTMENT)
                .orElseThrow(() -> new DomainException("error.poster.department"));
        Organisation agency = organisations.findById(agencyId)
                .filter(o -> o.getKind() == OrganisationKind.AGENCY)
                .orElseThrow(() -> new DomainException("error.poster.agency"));
        if (agency.getParent() == null || !agency.getParent().getId().equals(department.getId())) {
            throw new DomainException("error.poster.agencyNotUnderDepartment", agency.getName(), department.getName());
        }
        var existing = posters.findByDepartmentIdAndAgencyId(departmentId, agencyId);
        if (existing.isPresent()) {
            throw new PosterExistsException(existing.get().getId(), department.getName(), agency.getName());
        }
        PosterTemplate template = templates.current();
        String author = currentUser.authorName();
        var now = clock.instant();
        Poster poster = posters.save(new Poster(department, agency, template.id(), now, author));
        long posterId = poster.getId();

        var newCells = new ArrayList<PosterCell>();
        for (SectionField field : SectionField.values()) {
            newCells.add(new PosterCell(posterId, null, field.key(), template.cells().getOrDefault(field.key(), ""),
                    now, author));
        }
        for (var question : template.reflectionQuestions()) {
            newCells.add(new PosterCell(posterId, null, SectionField.reflectionKey(question.key()), "", now, author));
        }
        int position = 0;
        for (var meeting : template.meetings()) {
            PosterRow row = rows.save(new PosterRow(posterId, RowList.MEETINGS, meeting.key(), position++));
            for (MeetingField field : MeetingField.values()) {
                String value = field.kind().normalize(meeting.cells().getOrDefault(field.key(), ""));
                newCells.add(new PosterCell(posterId, row.getId(), field.key(), value, now, author));
            }
        }
        addCommitmentRows(posterId, RowList.DEPARTMENT_COMMITMENTS, template.commitments().department(), newCells);
        addCommitmentRows(posterId, RowList.AGENCY_COMMITMENTS, template.commitments().agency(), newCells);
        cells.saveAll(newCells);
        return posterId;
    }

    private void addCommitmentRows(long posterId, RowList list, List<String> texts, List<PosterCell> newCells) {
        int position = 0;
        for (String text : texts) {
            PosterRow row = rows.save(new PosterRow(posterId, list, null, position++));
            newCells.add(new PosterCell(posterId, row.getId(), RowList.COMMITMENT_TEXT, text, clock.instant(),
                    currentUser.authorName()));
        }
    }

    @Transactional(readOnly = true)
    public PosterDocument load(long posterId) {
        access.checkWorkOn(posterId);
        PosterSummary summary = posters.findSummary(posterId)
                .orElseThrow(() -> new NotFoundException("poster " + posterId));
        Poster poster = posters.getReferenceById(posterId);
        var sectionCells = new HashMap<String, Cell>();
        var cellsByRow = new HashMap<Long, Map<String, Cell>>();
        for (PosterCell c : cells.findByPosterId(posterId)) {
            var cell = new Cell(c.getId(), c.getFieldKey(), c.getValue(), c.getRevision());
            if (c.getRowId() == null) {
                sectionCells.put(c.getFieldKey(), cell);
            } else {
                cellsByRow.computeIfAbsent(c.getRowId(), id -> new HashMap<>()).put(c.getFieldKey(), cell);
            }
        }
        var lists = new HashMap<RowList, List<Row>>();
        for (RowList list : RowList.values()) {
            lists.put(list, new ArrayList<>());
        }
        for (PosterRow r : rows.findByPosterIdOrderByPosition(posterId)) {
            lists.get(r.getList()).add(new Row(r.getId(), r.getList(), r.getPosition(),
                    Map.copyOf(cellsByRow.getOrDefault(r.getId(), Map.of()))));
        }
        return new PosterDocument(summary, poster.getVersion(), templates.byId(poster.getTemplateVersionId()),
                Map.copyOf(sectionCells), List.copyOf(lists.get(RowList.MEETINGS)),
                List.copyOf(lists.get(RowList.DEPARTMENT_COMMITMENTS)),
                List.copyOf(lists.get(RowList.AGENCY_COMMITMENTS)));
    }

    /**
     * Saves one cell, if nobody else has saved it since the writer read it at {@code expectedRevision}.
     *
     * @throws CellConflictException when the cell has moved on; nothing is written
     * @throws DomainException when the value breaks the cell's rules; nothing is written
     */
    public CellWrite updateCell(long posterId, long cellId, long expectedRevision, String value) {
        access.checkWorkOn(posterId);
        PosterCell cell = cells.findByIdAndPosterId(cellId, posterId)
                .orElseThrow(() -> new NotFoundException("cell " + cellId));
        String normalized = kindOf(cell).normalize(value);
        if (kindOf(cell) == CellKind.ROLES) {
            for (String role : CellKind.roleKeys(normalized)) {
                if (!organisations.isKnownRole(role)) {
                    throw new DomainException("error.role.unknown", role);
                }
            }
        }
        if (normalized.equals(cell.getValue())) {
            return new CellWrite(cellId, normalized, cell.getRevision());
        }
        if (cell.getRevision() != expectedRevision) {
            throw new CellConflictException(new CellWrite(cellId, cell.getValue(), cell.getRevision()),
                    cell.getChangedBy());
        }
        String author = currentUser.authorName();
        var now = clock.instant();
        cell.change(normalized, now, author);
        try {
            cells.saveAndFlush(cell);
        } catch (ObjectOptimisticLockingFailureException | OptimisticLockException e) {
            // Another transaction wrote the cell between our read and our write.
            var current = cells.findById(cellId).orElseThrow();
            throw new CellConflictException(new CellWrite(cellId, current.getValue(), current.getRevision()),
                    current.getChangedBy());
        }
        posters.markChanged(posterId, now, author);
        events.publishEvent(new PosterEvents.CellChanged(posterId, cellId, cell.getRowId(), cell.getFieldKey(),
                normalized, cell.getRevision(), author));
        return new CellWrite(cellId, normalized, cell.getRevision());
    }

    private CellKind kindOf(PosterCell cell) {
        if (cell.getRowId() == null) {
            return CellKind.TEXT;
        }
        return rows.findById(cell.getRowId()).orElseThrow().getList().kindOf(cell.getFieldKey());
    }

    /** Adds a meeting row at the end of the matrix, with every attribute empty but its name and formality. */
    public long addMeeting(long posterId, String name, Formality formality) {
        access.checkWorkOn(posterId);
        String checkedName = CellKind.NAME.normalize(name);
        Poster poster = structureChange(posterId);
        PosterRow row = rows.save(new PosterRow(posterId, RowList.MEETINGS, null, nextPosition(posterId,
                RowList.MEETINGS)));
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
        return row.getId();
    }

    /** Adds a commitment at the end of one side's list. */
    public long addCommitment(long posterId, RowList side, String text) {
        access.checkWorkOn(posterId);
        if (side == RowList.MEETINGS) {
            throw new IllegalArgumentException("Meetings are added with addMeeting");
        }
        String checkedText = CellKind.TEXT.normalize(text);
        if (checkedText.isBlank()) {
            throw new DomainException("error.commitment.empty");
        }
        Poster poster = structureChange(posterId);
        PosterRow row = rows.save(new PosterRow(posterId, side, null, nextPosition(posterId, side)));
        cells.save(new PosterCell(posterId, row.getId(), RowList.COMMITMENT_TEXT, checkedText,
                poster.getLastChangedAt(), poster.getLastChangedBy()));
        return row.getId();
    }

    public void removeRow(long posterId, long rowId) {
        PosterRow row = rowOf(posterId, rowId);
        structureChange(posterId);
        cells.deleteByRowId(rowId);
        rows.delete(row);
        renumber(rows.findByPosterIdAndListKeyOrderByPosition(posterId, row.getList()));
    }

    /**
     * Moves a row one place up (-1) or down (+1) in its list; at either end nothing moves. Meetings are shown grouped
     * by formality, so a meeting swaps places with the nearest meeting of its own kind.
     */
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
        int step = Integer.signum(direction);
        int index = siblings.indexOf(row);
        for (int i = index + step; i >= 0 && i < siblings.size(); i += step) {
            PosterRow neighbour = siblings.get(i);
            if (Objects.equals(groups.get(neighbour.getId()), groups.get(rowId))) {
                structureChange(posterId);
                var reordered = new ArrayList<>(siblings);
                reordered.remove(index);
                reordered.add(i, row);
                renumber(reordered);
                return;
            }
        }
    }

    private PosterRow rowOf(long posterId, long rowId) {
        access.checkWorkOn(posterId);
        return rows.findById(rowId).filter(r -> r.getPosterId() == posterId)
                .orElseThrow(() -> new NotFoundException("row " + rowId));
    }

    private Poster structureChange(long posterId) {
        Poster poster = posters.findById(posterId).orElseThrow(() -> new NotFoundException("poster " + posterId));
        poster.structureChanged(clock.instant(), currentUser.authorName());
        events.publishEvent(new PosterEvents.StructureChanged(posterId));
        return poster;
    }

    private int nextPosition(long posterId, RowList list) {
        return rows.findByPosterIdAndListKeyOrderByPosition(posterId, list).size();
    }

    private static void renumber(List<PosterRow> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i);
        }
    }
}
