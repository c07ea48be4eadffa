package no.oslo.samarbeidsplakaten.poster.service;

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
import no.oslo.samarbeidsplakaten.poster.domain.CommittedCell;
import no.oslo.samarbeidsplakaten.poster.domain.Formality;
import no.oslo.samarbeidsplakaten.poster.domain.MeetingField;
import no.oslo.samarbeidsplakaten.poster.domain.Poster;
import no.oslo.samarbeidsplakaten.poster.domain.PosterCell;
import no.oslo.samarbeidsplakaten.poster.domain.PosterCellRepository;
import no.oslo.samarbeidsplakaten.poster.domain.PosterChange;
import no.oslo.samarbeidsplakaten.poster.domain.PosterChangeRepository;
import no.oslo.samarbeidsplakaten.poster.domain.PosterReader;
import no.oslo.samarbeidsplakaten.poster.domain.PosterReaderRepository;
import no.oslo.samarbeidsplakaten.poster.domain.PosterRepository;
import no.oslo.samarbeidsplakaten.poster.domain.PosterRow;
import no.oslo.samarbeidsplakaten.poster.domain.PosterRowRepository;
import no.oslo.samarbeidsplakaten.poster.domain.PosterSummary;
import no.oslo.samarbeidsplakaten.poster.domain.RowList;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument.Cell;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument.Row;
import no.oslo.samarbeidsplakaten.security.domain.AppRole;
import no.oslo.samarbeidsplakaten.security.service.CurrentUser;
import no.oslo.samarbeidsplakaten.template.domain.PosterTemplate;
import no.oslo.samarbeidsplakaten.template.service.TemplateService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating posters and changing their content. Every write is validated here, then saved at once. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
@NamedInterface("service")
public class PosterService {

    private final PosterRepository posters;
    private final PosterRowRepository rows;
    private final PosterCellRepository cells;
    private final PosterChangeRepository changes;
    private final OrganisationService organisations;
    private final TemplateService templates;
    private final CurrentUser currentUser;
    private final PosterAccess access;
    private final PosterReaderRepository readers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PosterService(PosterRepository posters, PosterRowRepository rows, PosterCellRepository cells,
            PosterChangeRepository changes, OrganisationService organisations, TemplateService templates,
            CurrentUser currentUser,
            PosterAccess access, PosterReaderRepository readers, ApplicationEventPublisher events,
            Clock clock) {
        this.posters = posters;
        this.rows = rows;
        this.cells = cells;
        this.changes = changes;
        this.organisations = organisations;
        this.templates = templates;
        this.currentUser = currentUser;
        this.access = access;
        this.readers = readers;
        this.events = events;
        this.clock = clock;
    }

    /** The posters the current user may see: all for the admin, their pairs' for a member, given ones for a reader. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'MEMBER', 'READER')")
    public List<PosterSummary> findSummaries(PosterFilter filter, Pageable page) {
        String text = filter.text().isEmpty() ? "" : "%" + filter.text().toLowerCase(Locale.ROOT) + "%";
        Pageable ordered = page.getSort().isSorted() ? page
                : PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by("d.name", "a.name"));
        var user = currentUser.get().orElseThrow();
        boolean member = user.appRole() == AppRole.MEMBER;
        return posters.findSummaries(text, filter.status(), user.appRole() == AppRole.ADMIN,
                member ? user.organisationId() : -1, member ? -1 : user.id(), ordered);
    }

    /** Whether the current user may work on the draft, e.g. to offer editing, restoring or the draft's export. */
    @Transactional(readOnly = true)
    public boolean mayWorkOn(long posterId) {
        return access.mayWorkOn(posterId);
    }

    /** The posters a reader account has been given. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public java.util.Set<Long> postersGivenTo(long userId) {
        return readers.findByUserId(userId).stream().map(PosterReader::getPosterId)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Gives a reader account exactly these posters to read (their agreed versions). */
    @PreAuthorize("hasRole('ADMIN')")
    public void givePosters(long userId, java.util.Set<Long> posterIds) {
        readers.deleteByUserId(userId);
        posterIds.forEach(posterId -> readers.save(new PosterReader(posterId, userId)));
        events.publishEvent(new PosterEvents.ReadersChanged(userId, java.util.Set.copyOf(posterIds)));
    }

    /** The poster's line in the oversikt, for anyone who may read its agreed versions. */
    @Transactional(readOnly = true)
    @PreAuthorize(PosterAccess.READ_VERSIONS)
    public PosterSummary summary(long posterId) {
        return posters.findSummary(posterId).orElseThrow(() -> new NotFoundException("poster " + posterId));
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
        var user = currentUser.get().orElseThrow();
        if (user.appRole() == AppRole.MEMBER && user.organisationId() != departmentId
                && user.organisationId() != agencyId) {
            throw new DomainException("error.poster.notYourPair");
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

        var content = PosterContent.fromTemplate(template, PosterService::newRowKey);
        var newCells = new ArrayList<PosterCell>();
        content.sections().forEach((key, value) -> newCells.add(new PosterCell(posterId, null, key, value, now,
                author)));
        newCells.addAll(rowCells(posterId, content, now, author));
        cells.saveAll(newCells);
        return posterId;
    }

    /** Saves the content's meeting and commitment rows, in order; returns their cells, still to be saved. */
    private List<PosterCell> rowCells(long posterId, PosterContent content, java.time.Instant now, String author) {
        var newCells = new ArrayList<PosterCell>();
        int position = 0;
        for (var meeting : content.meetings()) {
            PosterRow row = rows.save(new PosterRow(posterId, RowList.MEETINGS, meeting.rowKey(),
                    meeting.templateKey(), position++));
            for (MeetingField field : MeetingField.values()) {
                newCells.add(new PosterCell(posterId, row.getId(), field.key(),
                        field.kind().normalize(meeting.value(field)), now, author));
            }
        }
        for (RowList side : List.of(RowList.DEPARTMENT_COMMITMENTS, RowList.AGENCY_COMMITMENTS)) {
            position = 0;
            for (var commitment : content.commitments(side)) {
                PosterRow row = rows.save(new PosterRow(posterId, side, commitment.rowKey(), null, position++));
                newCells.add(new PosterCell(posterId, row.getId(), RowList.COMMITMENT_TEXT,
                        CellKind.TEXT.normalize(commitment.text()), now, author));
            }
        }
        return newCells;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(PosterAccess.WORK)
    public PosterDocument load(long posterId) {
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
            lists.get(r.getList()).add(new Row(r.getId(), r.getRowKey(), r.getTemplateKey(), r.getList(),
                    r.getPosition(), Map.copyOf(cellsByRow.getOrDefault(r.getId(), Map.of()))));
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
    @PreAuthorize(PosterAccess.WORK)
    public CellWrite updateCell(long posterId, long cellId, long expectedRevision, String value) {
        PosterCell cell = cells.findByIdAndPosterId(cellId, posterId)
                .orElseThrow(() -> new NotFoundException("cell " + cellId));
        PosterRow row = cell.getRowId() == null ? null : rows.findById(cell.getRowId()).orElseThrow();
        CellKind kind = row == null ? CellKind.TEXT : row.getList().kindOf(cell.getFieldKey());
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
        posters.markChanged(posterId, now, author);
        changes.save(new PosterChange(posterId, PosterChange.Kind.CELL, row == null ? null : row.getRowKey(),
                targetOf(row), cell.getFieldKey(), cell.getValue(), normalized, now, author));
        events.publishEvent(new PosterEvents.CellChanged(posterId, cellId, cell.getRowId(), cell.getFieldKey(),
                normalized, revision, author, now));
        return new CellWrite(cellId, normalized, revision);
    }

    /** Adds a meeting row at the end of the matrix, with every attribute empty but its name and formality. */
    @PreAuthorize(PosterAccess.WORK)
    public long addMeeting(long posterId, String name, Formality formality) {
        String checkedName = CellKind.NAME.normalize(name);
        Poster poster = structureChange(posterId);
        PosterRow row = rows.save(new PosterRow(posterId, RowList.MEETINGS, newRowKey(), null,
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
        trail(poster, PosterChange.Kind.ROW_ADDED, row.getRowKey(), checkedName);
        publishStructure(poster, RowList.MEETINGS);
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
        Poster poster = structureChange(posterId);
        PosterRow row = rows.save(new PosterRow(posterId, side, newRowKey(), null, nextPosition(posterId, side)));
        cells.save(new PosterCell(posterId, row.getId(), RowList.COMMITMENT_TEXT, checkedText,
                poster.getLastChangedAt(), poster.getLastChangedBy()));
        trail(poster, PosterChange.Kind.ROW_ADDED, row.getRowKey(), side.name());
        publishStructure(poster, side);
        return row.getId();
    }

    @PreAuthorize(PosterAccess.WORK)
    public void removeRow(long posterId, long rowId) {
        PosterRow row = rowOf(posterId, rowId);
        Poster poster = structureChange(posterId);
        trail(poster, PosterChange.Kind.ROW_REMOVED, row.getRowKey(), targetOf(row));
        cells.deleteByRowId(rowId);
        rows.delete(row);
        renumber(rows.findByPosterIdAndListKeyOrderByPosition(posterId, row.getList()));
        publishStructure(poster, row.getList());
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
        int step = Integer.signum(direction);
        int index = siblings.indexOf(row);
        for (int i = index + step; i >= 0 && i < siblings.size(); i += step) {
            PosterRow neighbour = siblings.get(i);
            if (Objects.equals(groups.get(neighbour.getId()), groups.get(rowId))) {
                Poster poster = structureChange(posterId);
                trail(poster, PosterChange.Kind.ROW_MOVED, row.getRowKey(), targetOf(row));
                var reordered = new ArrayList<>(siblings);
                reordered.remove(index);
                reordered.add(i, row);
                renumber(reordered);
                publishStructure(poster, row.getList());
                return;
            }
        }
    }

    /** The poster's content as it is now, without database ids. */
    @Transactional(readOnly = true)
    @PreAuthorize(PosterAccess.WORK)
    public PosterContent content(long posterId) {
        return load(posterId).content();
    }

    /**
     * Replaces the whole draft with the given content, e.g. an agreed version being restored. Rows keep their keys,
     * so the restored draft compares row by row with every version.
     */
    @PreAuthorize(PosterAccess.WORK)
    public void replaceContent(long posterId, PosterContent content) {
        Poster poster = structureChange(posterId);
        var now = poster.getLastChangedAt();
        String author = poster.getLastChangedBy();
        for (PosterRow row : rows.findByPosterIdOrderByPosition(posterId)) {
            cells.deleteByRowId(row.getId());
            rows.delete(row);
        }
        for (PosterCell cell : cells.findByPosterId(posterId)) {
            String value = CellKind.TEXT.normalize(content.sections().getOrDefault(cell.getFieldKey(), ""));
            if (!value.equals(cell.getValue())) {
                cell.change(value, now, author);
            }
        }
        cells.saveAll(rowCells(posterId, content, now, author));
        events.publishEvent(new PosterEvents.ContentReplaced(posterId));
    }

    /**
     * Makes imported content the draft of its pair's poster, creating the poster when the pair has none. The content
     * must already be validated; its template becomes the poster's.
     *
     * @return the poster's id
     */
    @PreAuthorize("hasRole('ADMIN')")
    public long importContent(long departmentId, long agencyId, PosterContent content) {
        PosterTemplate template = templates.byKeyAndVersion(content.templateKey(), content.templateVersion());
        long posterId = posters.findByDepartmentIdAndAgencyId(departmentId, agencyId).map(Poster::getId)
                .orElseGet(() -> create(departmentId, agencyId));
        Poster poster = poster(posterId);
        poster.useTemplate(template.id());
        replaceContent(posterId, content);
        trail(poster, PosterChange.Kind.IMPORTED, null, "");
        return posterId;
    }

    /** The poster of a pair, if it has one. */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> findPosterOf(long departmentId, long agencyId) {
        return posters.findByDepartmentIdAndAgencyId(departmentId, agencyId).map(Poster::getId);
    }

    /** Records in the trail that the draft was replaced by a restored version. */
    @PreAuthorize(PosterAccess.WORK)
    public void recordRestore(long posterId, int versionNumber) {
        Poster poster = poster(posterId);
        trail(poster, PosterChange.Kind.RESTORED, null, String.valueOf(versionNumber));
    }

    /** The draft was locked as an agreed version. */
    @PreAuthorize(PosterAccess.WORK)
    public void markAgreed(long posterId, int versionNumber, java.time.LocalDate nextReview) {
        poster(posterId).agreed(versionNumber, nextReview);
        events.publishEvent(new PosterEvents.Agreed(posterId, versionNumber));
    }

    /**
     * The edit trail since a point in time, newest first.
     *
     * @param target a meeting's name to see only its changes, "-" for the sections, "" for everything
     */
    @Transactional(readOnly = true)
    @PreAuthorize(PosterAccess.WORK)
    public List<PosterChange> trail(long posterId, java.time.Instant since, String target, Pageable page) {
        return changes.findTrail(posterId, since, target, page);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(PosterAccess.WORK)
    public List<String> trailTargets(long posterId, java.time.Instant since) {
        return changes.findTargets(posterId, since);
    }

    private void trail(Poster poster, PosterChange.Kind kind, String rowKey, String target) {
        changes.save(new PosterChange(poster.getId(), kind, rowKey, target, null, null, null,
                poster.getLastChangedAt(), poster.getLastChangedBy()));
    }

    /** A row in words for the trail: the meeting's name, or the side of a commitment; empty for sections. */
    private String targetOf(PosterRow row) {
        if (row == null) {
            return "";
        }
        if (row.getList() != RowList.MEETINGS) {
            return row.getList().name();
        }
        return cells.findByRowIdAndFieldKey(row.getId(), MeetingField.NAME.key()).map(PosterCell::getValue)
                .orElse("");
    }

    private static String newRowKey() {
        return java.util.UUID.randomUUID().toString();
    }

    private PosterRow rowOf(long posterId, long rowId) {
        return rows.findById(rowId).filter(r -> r.getPosterId() == posterId)
                .orElseThrow(() -> new NotFoundException("row " + rowId));
    }

    private Poster structureChange(long posterId) {
        Poster poster = poster(posterId);
        poster.structureChanged(clock.instant(), currentUser.authorName());
        return poster;
    }

    /** Tells everyone on the poster how one of its lists now looks, row by row with every cell. */
    private void publishStructure(Poster poster, RowList list) {
        rows.flush();
        events.publishEvent(new PosterEvents.StructureChanged(poster.getId(), list, load(poster.getId()).rows(list),
                poster.getLastChangedAt(), poster.getLastChangedBy()));
    }

    private Poster poster(long posterId) {
        return posters.findById(posterId).orElseThrow(() -> new NotFoundException("poster " + posterId));
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
