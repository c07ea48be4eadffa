package no.oslo.samarbeidsplakaten.poster.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.oslo.samarbeidsplakaten.poster.domain.PosterCellRepository;
import no.oslo.samarbeidsplakaten.poster.domain.PosterCellRepository.CellLine;
import no.oslo.samarbeidsplakaten.poster.domain.PosterRepository;
import no.oslo.samarbeidsplakaten.poster.domain.PosterRowRepository;
import no.oslo.samarbeidsplakaten.poster.domain.PosterRowRepository.RowLine;
import no.oslo.samarbeidsplakaten.poster.domain.PosterSummary;
import no.oslo.samarbeidsplakaten.poster.domain.RowList;
import no.oslo.samarbeidsplakaten.template.domain.PosterTemplate;
import no.oslo.samarbeidsplakaten.template.service.TemplateService;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every poster's draft at once, read in three queries, for the city-wide kartlegging. It checks no poster's access:
 * the kartlegging shows a poster's details only to those who may work on it, and to others only figures across the
 * city.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('ADMIN', 'MEMBER')")
@NamedInterface("service")
public class PosterCatalogue {

    /** A poster's line of the oversikt, the template it follows and its draft as it is now. */
    public record Entry(PosterSummary summary, PosterTemplate template, PosterContent draft) {
    }

    private final PosterRepository posters;
    private final PosterRowRepository rows;
    private final PosterCellRepository cells;
    private final TemplateService templates;

    PosterCatalogue(PosterRepository posters, PosterRowRepository rows, PosterCellRepository cells,
            TemplateService templates) {
        this.posters = posters;
        this.rows = rows;
        this.cells = cells;
        this.templates = templates;
    }

    /**
     * Equal as long as no poster was created, changed or deleted: a reader of {@link #all} can keep what it built. It
     * covers every poster's own change time, so an edit that committed after a later one still counts.
     */
    public String changeMark() {
        var marks = posters.findChangeMarks();
        return marks.size() + ":" + marks.stream().mapToInt(java.util.Arrays::hashCode).sum();
    }

    public List<Entry> all() {
        Map<Long, Long> templateOf = new HashMap<>();
        for (Object[] line : posters.findTemplateVersionIds()) {
            templateOf.put((Long) line[0], (Long) line[1]);
        }
        Map<Long, TreeMap<String, String>> sections = new HashMap<>();
        Map<Long, TreeMap<String, String>> rowValues = new HashMap<>();
        for (CellLine cell : cells.findAllLines()) {
            var values = cell.rowId() == null ? sections.computeIfAbsent(cell.posterId(), id -> new TreeMap<>())
                    : rowValues.computeIfAbsent(cell.rowId(), id -> new TreeMap<>());
            values.put(cell.fieldKey(), cell.value());
        }
        Map<Long, Map<RowList, List<RowLine>>> rowsOf = new HashMap<>();
        for (RowLine row : rows.findAllLines()) {
            rowsOf.computeIfAbsent(row.posterId(), id -> new HashMap<>())
                    .computeIfAbsent(row.list(), list -> new ArrayList<>()).add(row);
        }
        var entries = new ArrayList<Entry>();
        for (PosterSummary summary : posters.findAllSummaries()) {
            var template = templates.byId(templateOf.get(summary.id()));
            var lists = rowsOf.getOrDefault(summary.id(), Map.of());
            var meetings = lists.getOrDefault(RowList.MEETINGS, List.of()).stream()
                    .map(row -> new PosterContent.Meeting(row.rowKey(), row.templateKey(),
                            rowValues.getOrDefault(row.id(), new TreeMap<>())))
                    .toList();
            var draft = new PosterContent(template.key(), template.version(),
                    sections.getOrDefault(summary.id(), new TreeMap<>()), meetings,
                    commitments(lists.getOrDefault(RowList.DEPARTMENT_COMMITMENTS, List.of()), rowValues),
                    commitments(lists.getOrDefault(RowList.AGENCY_COMMITMENTS, List.of()), rowValues));
            entries.add(new Entry(summary, template, draft));
        }
        return entries;
    }

    private static List<PosterContent.Commitment> commitments(List<RowLine> rows,
            Map<Long, TreeMap<String, String>> values) {
        return rows.stream().map(row -> new PosterContent.Commitment(row.rowKey(),
                values.getOrDefault(row.id(), new TreeMap<>()).getOrDefault(RowList.COMMITMENT_TEXT, ""))).toList();
    }
}
