package no.oslo.samarbeidsplakaten.poster.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import no.oslo.samarbeidsplakaten.base.DomainException;
import no.oslo.samarbeidsplakaten.organisation.domain.Organisation;
import no.oslo.samarbeidsplakaten.organisation.domain.OrganisationKind;
import no.oslo.samarbeidsplakaten.organisation.service.OrganisationService;
import no.oslo.samarbeidsplakaten.poster.domain.CellKind;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.poster.domain.MeetingField;
import no.oslo.samarbeidsplakaten.poster.domain.Poster;
import no.oslo.samarbeidsplakaten.poster.domain.PosterCell;
import no.oslo.samarbeidsplakaten.poster.domain.PosterCellRepository;
import no.oslo.samarbeidsplakaten.poster.domain.PosterChange;
import no.oslo.samarbeidsplakaten.poster.domain.PosterRepository;
import no.oslo.samarbeidsplakaten.poster.domain.PosterRow;
import no.oslo.samarbeidsplakaten.poster.domain.PosterRowRepository;
import no.oslo.samarbeidsplakaten.poster.domain.RowList;
import no.oslo.samarbeidsplakaten.security.domain.AppRole;
import no.oslo.samarbeidsplakaten.security.service.CurrentUser;
import no.oslo.samarbeidsplakaten.template.domain.PosterTemplate;
import no.oslo.samarbeidsplakaten.template.service.TemplateService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A poster's life: created for a department–agency pair from the current template, its whole draft replaced (a
 * version restored, a file imported), and agreed as a version.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
@NamedInterface("service")
public class PosterLifecycle {

    private final PosterRepository posters;
    private final PosterRowRepository rows;
    private final PosterCellRepository cells;
    private final OrganisationService organisations;
    private final TemplateService templates;
    private final CurrentUser currentUser;
    private final PosterEdits edits;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PosterLifecycle(PosterRepository posters, PosterRowRepository rows, PosterCellRepository cells,
            OrganisationService organisations, TemplateService templates, CurrentUser currentUser, PosterEdits edits,
            ApplicationEventPublisher events, Clock clock) {
        this.posters = posters;
        this.rows = rows;
        this.cells = cells;
        this.organisations = organisations;
        this.templates = templates;
        this.currentUser = currentUser;
        this.edits = edits;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the current user may create posters: administrators and members, not readers. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public boolean mayCreate() {
        return currentUser.get().map(user -> user.appRole() != AppRole.READER).orElse(false);
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

        var content = PosterContent.fromTemplate(template, PosterEdits::newRowKey);
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

    /**
     * Replaces the whole draft with the given content, e.g. an agreed version being restored. Rows keep their keys,
     * so the restored draft compares row by row with every version.
     */
    @PreAuthorize(PosterAccess.WORK)
    public void replaceContent(long posterId, PosterContent content) {
        Poster poster = edits.structureChange(posterId);
        var now = poster.getLastChangedAt();
        String author = poster.getLastChangedBy();
        for (PosterRow row : rows.findByPosterIdOrderByPosition(posterId)) {
            cells.deleteByRowId(row.getId());
            rows.delete(row);
        }
        for (PosterCell cell : cells.findByPosterId(posterId)) {
            String value = SectionField.kindOf(cell.getFieldKey())
                    .normalize(content.sections().getOrDefault(cell.getFieldKey(), ""));
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
        Poster poster = edits.poster(posterId);
        poster.useTemplate(template.id());
        replaceContent(posterId, content);
        edits.trail(poster, PosterChange.Kind.IMPORTED, null, "");
        return posterId;
    }

    /**
     * Moves the draft to another template version with the content the pair chose for it. Fields the new version
     * brings (a reflection question, a reason for a new common rule) are added empty.
     */
    @PreAuthorize(PosterAccess.WORK)
    public void adoptTemplate(long posterId, PosterTemplate template, PosterContent content) {
        Poster poster = edits.poster(posterId);
        int from = templates.byId(poster.getTemplateVersionId()).version();
        poster.useTemplate(template.id());
        var present = cells.findByPosterId(posterId).stream().filter(c -> c.getRowId() == null)
                .map(PosterCell::getFieldKey).collect(java.util.stream.Collectors.toSet());
        var now = clock.instant();
        String author = currentUser.authorName();
        cells.saveAll(content.sections().keySet().stream().filter(key -> !present.contains(key))
                .map(key -> new PosterCell(posterId, null, key, "", now, author)).toList());
        replaceContent(posterId, content);
        edits.trail(poster, PosterChange.Kind.TEMPLATE_ADOPTED, null, String.valueOf(template.version()));
        events.publishEvent(new PosterEvents.TemplateAdopted(posterId, from, template.version()));
    }

    /** Records in the trail that the draft was replaced by a restored version. */
    @PreAuthorize(PosterAccess.WORK)
    public void recordRestore(long posterId, int versionNumber) {
        Poster poster = edits.poster(posterId);
        edits.trail(poster, PosterChange.Kind.RESTORED, null, String.valueOf(versionNumber));
    }

    /** The draft was locked as an agreed version. */
    @PreAuthorize(PosterAccess.WORK)
    public void markAgreed(long posterId, int versionNumber, java.time.LocalDate nextReview) {
        edits.poster(posterId).agreed(versionNumber, nextReview);
        events.publishEvent(new PosterEvents.Agreed(posterId, versionNumber));
    }
}
