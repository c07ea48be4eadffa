package no.oslo.samarbeidsplakaten.poster.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.oslo.samarbeidsplakaten.base.NotFoundException;
import no.oslo.samarbeidsplakaten.poster.PosterAddress;
import no.oslo.samarbeidsplakaten.poster.domain.Poster;
import no.oslo.samarbeidsplakaten.poster.domain.PosterCell;
import no.oslo.samarbeidsplakaten.poster.domain.PosterCellRepository;
import no.oslo.samarbeidsplakaten.poster.domain.PosterChange;
import no.oslo.samarbeidsplakaten.poster.domain.PosterChangeRepository;
import no.oslo.samarbeidsplakaten.poster.domain.PosterRepository;
import no.oslo.samarbeidsplakaten.poster.domain.PosterRow;
import no.oslo.samarbeidsplakaten.poster.domain.PosterRowRepository;
import no.oslo.samarbeidsplakaten.poster.domain.PosterSummary;
import no.oslo.samarbeidsplakaten.poster.domain.RowList;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument.Cell;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument.Row;
import no.oslo.samarbeidsplakaten.security.domain.AppRole;
import no.oslo.samarbeidsplakaten.security.service.CurrentUser;
import no.oslo.samarbeidsplakaten.template.service.TemplateService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading posters: the overview, a poster as a document, its content and its edit trail. Only what the user may see;
 * writes are in {@link CellEditing}, {@link PosterStructure}, {@link PosterLifecycle} and {@link PosterReaders}.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
@NamedInterface("service")
public class PosterQueries {

    private final PosterRepository posters;
    private final PosterRowRepository rows;
    private final PosterCellRepository cells;
    private final PosterChangeRepository changes;
    private final TemplateService templates;
    private final CurrentUser currentUser;
    private final PosterAccess access;

    PosterQueries(PosterRepository posters, PosterRowRepository rows, PosterCellRepository cells,
            PosterChangeRepository changes, TemplateService templates, CurrentUser currentUser, PosterAccess access) {
        this.posters = posters;
        this.rows = rows;
        this.cells = cells;
        this.changes = changes;
        this.templates = templates;
        this.currentUser = currentUser;
        this.access = access;
    }

    /** The posters the current user may see: all for the admin, their pairs' for a member, given ones for a reader. */
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

    /**
     * Where a poster's line in the overview leads the current user: a reader, who reads no drafts, to the current
     * agreed version; everyone else to the editor.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public String addressFor(PosterSummary poster) {
        boolean reader = currentUser.get().map(user -> user.appRole() == AppRole.READER).orElse(false);
        return reader && poster.agreedVersion() != null ? PosterAddress.version(poster.id(), poster.agreedVersion())
                : PosterAddress.editor(poster.id());
    }

    /** Whether the current user may work on the draft, e.g. to offer editing, restoring or the draft's export. */
    public boolean mayWorkOn(long posterId) {
        return access.mayWorkOn(posterId);
    }

    /** The poster's line in the oversikt, for anyone who may read its agreed versions. */
    @PreAuthorize(PosterAccess.READ_VERSIONS)
    public PosterSummary summary(long posterId) {
        return posters.findSummary(posterId).orElseThrow(() -> new NotFoundException("poster " + posterId));
    }

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

    /** The poster's content as it is now, without database ids. */
    @PreAuthorize(PosterAccess.WORK)
    public PosterContent content(long posterId) {
        return load(posterId).content();
    }

    /** The poster of a pair, if it has one. */
    public java.util.Optional<Long> findPosterOf(long departmentId, long agencyId) {
        return posters.findByDepartmentIdAndAgencyId(departmentId, agencyId).map(Poster::getId);
    }

    /**
     * The edit trail since a point in time, newest first.
     *
     * @param target a meeting's name to see only its changes, "-" for the sections, "" for everything
     */
    @PreAuthorize(PosterAccess.WORK)
    public List<PosterChange> trail(long posterId, java.time.Instant since, String target, Pageable page) {
        return changes.findTrail(posterId, since, target, page);
    }

    @PreAuthorize(PosterAccess.WORK)
    public List<String> trailTargets(long posterId, java.time.Instant since) {
        return changes.findTargets(posterId, since);
    }
}
