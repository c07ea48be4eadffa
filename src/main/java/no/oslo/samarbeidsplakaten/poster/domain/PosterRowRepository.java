package no.oslo.samarbeidsplakaten.poster.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PosterRowRepository extends JpaRepository<PosterRow, Long> {

    List<PosterRow> findByPosterIdOrderByPosition(long posterId);

    List<PosterRow> findByPosterIdAndListKeyOrderByPosition(long posterId, RowList list);

    /** Every poster's rows at once, in order, without loading them as entities: the city-wide kartlegging reads all. */
    @Query("""
            select new no.oslo.samarbeidsplakaten.poster.domain.PosterRowRepository$RowLine(
                r.id, r.posterId, r.listKey, r.rowKey, r.templateKey)
            from PosterRow r order by r.posterId, r.listKey, r.position""")
    List<RowLine> findAllLines();

    record RowLine(long id, long posterId, RowList list, String rowKey, @Nullable String templateKey) {
    }
}
