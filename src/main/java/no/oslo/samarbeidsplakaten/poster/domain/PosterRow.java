package no.oslo.samarbeidsplakaten.poster.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A row of one of the poster's ordered lists: a meeting, or one side's commitment. */
@Entity
public class PosterRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long posterId;

    @Enumerated(EnumType.STRING)
    private RowList listKey;

    /** Stays with the row for life, across versions and restores, so versions can be compared row by row. */
    private String rowKey;

    /** The template row this one was made from; null for rows the pair added. */
    private String templateKey;

    private int position;

    protected PosterRow() {
    }

    public PosterRow(long posterId, RowList list, String rowKey, String templateKey, int position) {
        this.posterId = posterId;
        this.listKey = list;
        this.rowKey = rowKey;
        this.templateKey = templateKey;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public long getPosterId() {
        return posterId;
    }

    public RowList getList() {
        return listKey;
    }

    public String getRowKey() {
        return rowKey;
    }

    public String getTemplateKey() {
        return templateKey;
    }

    public int getPosition() {
        return position;
    }

    public void moveTo(int position) {
        this.position = position;
    }
}
