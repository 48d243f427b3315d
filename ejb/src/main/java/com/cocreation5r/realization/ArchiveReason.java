package com.cocreation5r.realization;

/** Why an idea went to the archive. */
public enum ArchiveReason {
    REJECTED,
    DUPLICATE
}
