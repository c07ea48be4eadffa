package no.oslo.samarbeidsplakaten.poster.service;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import no.oslo.samarbeidsplakaten.poster.domain.CellKind;
import no.oslo.samarbeidsplakaten.poster.domain.MeetingField;
import no.oslo.samarbeidsplakaten.poster.domain.PosterCellRepository;
import no.oslo.samarbeidsplakaten.poster.domain.PosterRepository;
import no.oslo.samarbeidsplakaten.poster.domain.PosterRowRepository;
import no.oslo.samarbeidsplakaten.template.service.TemplateUsage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the template editor which drafts use a meeting type or role it is about to remove. */
@Component
@Transactional(readOnly = true)
class PosterTemplateUsage implements TemplateUsage {

    private static final Set<String> ROLE_FIELDS = Set.of(MeetingField.CHAIR.key(),
            MeetingField.DEPARTMENT_PARTICIPANTS.key(), MeetingField.AGENCY_PARTICIPANTS.key());

    private final PosterRepository posters;
    private final PosterRowRepository rows;
    private final PosterCellRepository cells;

    PosterTemplateUsage(PosterRepository posters, PosterRowRepository rows, PosterCellRepository cells) {
        this.posters = posters;
        this.rows = rows;
        this.cells = cells;
    }

    @Override
    public List<String> postersWithMeetingType(String meetingType) {
        return names(rows.findAllLines().stream().filter(row -> meetingType.equals(row.templateKey()))
                .map(PosterRowRepository.RowLine::posterId).toList());
    }

    @Override
    public List<String> postersNamingRole(String roleKey) {
        Predicate<PosterCellRepository.CellLine> names = cell -> cell.rowId() != null
                && ROLE_FIELDS.contains(cell.fieldKey()) && CellKind.roleKeys(cell.value()).contains(roleKey);
        return names(cells.findAllLines().stream().filter(names).map(PosterCellRepository.CellLine::posterId)
                .toList());
    }

    private List<String> names(List<Long> posterIds) {
        var names = new TreeSet<String>();
        for (long id : new TreeSet<>(posterIds)) {
            posters.findSummary(id).ifPresent(s -> names.add(s.departmentName() + " – " + s.agencyName()));
        }
        return List.copyOf(names);
    }
}
