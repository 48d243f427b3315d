/**
 * The tamper-evident audit trail: domain actions appended to one hash-chained log, and its
 * verification. Entries are only ever inserted; an edited, removed or reordered entry breaks the
 * chain at that entry.
 */
package com.cocreation5r.audit;
