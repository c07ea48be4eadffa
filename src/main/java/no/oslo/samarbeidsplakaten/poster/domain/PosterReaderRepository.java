package no.oslo.samarbeidsplakaten.poster.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PosterReaderRepository extends JpaRepository<PosterReader, PosterReader.Key> {

    boolean existsByPosterIdAndUserId(long posterId, long userId);

    List<PosterReader> findByUserId(long userId);

    @Modifying
    @Query("delete from PosterReader r where r.userId = :userId")
    void deleteByUserId(long userId);
}
