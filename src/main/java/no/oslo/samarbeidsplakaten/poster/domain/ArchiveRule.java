package no.oslo.samarbeidsplakaten.poster.domain;

import no.oslo.samarbeidsplakaten.base.Choice;

/** Whether papers and minutes are filed in the archive (SKOP/Acos). */
public enum ArchiveRule implements Choice {
    ARCHIVED, ASSESSED, NOT_ARCHIVED
}
