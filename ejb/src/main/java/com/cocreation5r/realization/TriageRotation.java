package com.cocreation5r.realization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row whose lock serializes triage assignments: whoever assigns a triage task locks it,
 * counts the managers' open tasks, and takes the next turn. Concurrent assignments therefore see
 * each other's results and never push a manager over the cap.
 */
@Entity
@Table(name = "triage_rotation")
public class TriageRotation {

    static final int ID = 1;

    @Id
    private Integer id;

    @Column(nullable = false)
    private long turn;

    protected TriageRotation() {
    }

    /** The next turn number; a manager's latest turn says how long ago they were given an idea. */
    long nextTurn() {
        return ++turn;
    }
}
