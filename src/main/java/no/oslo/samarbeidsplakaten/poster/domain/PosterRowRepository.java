package no.oslo.samarbeidsplakaten.poster.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PosterRowRepository extends JpaRepository<PosterRow, Long> {

    List<PosterRow> findByPosterIdOrderByPosition(long posterId);

    List<PosterRow> findByPosterIdAndListKeyOrderByPosition(long posterId, RowList list);
}
