package no.oslo.samarbeidsplakaten.poster.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PosterCellRepository extends JpaRepository<PosterCell, Long> {

    List<PosterCell> findByPosterId(long posterId);

    Optional<PosterCell> findByIdAndPosterId(long id, long posterId);

    Optional<PosterCell> findByRowIdAndFieldKey(long rowId, String fieldKey);

    /**
     * Writes the cell only if it is still at the revision the writer read: the one write path of a cell's value.
     *
     * @return 1 when written, 0 when somebody else wrote it first
     */
    @Modifying
    @Query("""
            update PosterCell c set c.value = :value, c.revision = c.revision + 1, c.changedAt = :at, c.changedBy = :by
            where c.id = :id and c.revision = :revision""")
    int writeIfAt(long id, long revision, String value, Instant at, String by);

    /** The committed state of a cell, read from the database even when the cell is in the persistence context. */
    @Query("""
            select new no.oslo.samarbeidsplakaten.poster.domain.CommittedCell(c.id, c.value, c.revision, c.changedAt,
                c.changedBy)
            from PosterCell c where c.id = :id""")
    Optional<CommittedCell> readCommitted(long id);

    /** Every poster's cells at once, without loading them as entities: the city-wide kartlegging reads all. */
    @Query("""
            select new no.oslo.samarbeidsplakaten.poster.domain.PosterCellRepository$CellLine(
                c.posterId, c.rowId, c.fieldKey, c.value)
            from PosterCell c""")
    List<CellLine> findAllLines();

    record CellLine(long posterId, @Nullable Long rowId, String fieldKey, String value) {
    }

    @Modifying
    @Query("delete from PosterCell c where c.rowId = :rowId")
    void deleteByRowId(long rowId);
}
