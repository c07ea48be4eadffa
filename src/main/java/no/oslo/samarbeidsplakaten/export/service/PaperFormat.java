package no.oslo.samarbeidsplakaten.export.service;

import java.util.Arrays;
import java.util.Optional;

/**
 * The paper sizes a poster prints on, always landscape. The type sizes scale with the paper, so a poster reads the
 * same from the same distance relative to its size.
 */
public enum PaperFormat {
    A4(297, 210, 7, 3.5f, 8.5f),
    A3(420, 297, 9, 5f, 12f),
    A2(594, 420, 12, 7f, 17f);

    private final int widthMm;
    private final int heightMm;
    private final int marginMm;
    private final float minFontPt;
    private final float maxFontPt;

    PaperFormat(int widthMm, int heightMm, int marginMm, float minFontPt, float maxFontPt) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
        this.marginMm = marginMm;
        this.minFontPt = minFontPt;
        this.maxFontPt = maxFontPt;
    }

    public int widthMm() {
        return widthMm;
    }

    public int heightMm() {
        return heightMm;
    }

    public int marginMm() {
        return marginMm;
    }

    /** The smallest base type size still printed; below it the poster goes on to a second page, with a notice. */
    public float minFontPt() {
        return minFontPt;
    }

    /** The base type size of a poster with little content. */
    public float maxFontPt() {
        return maxFontPt;
    }

    /** Whether the annual wheel fits beside the meeting matrix; on A4 it gets a page of its own. */
    public boolean wheelBesideMatrix() {
        return this != A4;
    }

    /** Points of printable height inside the margins. */
    public float contentHeightPt() {
        return (heightMm - 2f * marginMm) * 72f / 25.4f;
    }

    public static Optional<PaperFormat> parse(String name) {
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(name)).findFirst();
    }
}
