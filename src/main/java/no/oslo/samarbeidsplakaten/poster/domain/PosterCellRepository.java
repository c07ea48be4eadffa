package no.oslo.samarbeidsplakaten.poster.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PosterCellRepository extends JpaRepository<PosterCell, Long> {

    List<PosterCell> findByPosterId(long posterId);

    Optional<PosterCell> findByIdAndPosterId(long id, long posterId);

    Optional<PosterCell> findByRowIdAndFieldKey(long rowId, String fieldKey);

    @Modifying
    @Query("delete from PosterCell c where c.rowId = :rowId")
    void deleteByRowId(long rowId);
}
