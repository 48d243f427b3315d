package com.cocreation5r.measure;

import java.io.Serializable;

/**
 * How the tasks of one kind kept their due dates.
 *
 * @param taskKey the task definition key
 * @param tasks every task of that kind
 * @param met ended by their due date
 * @param missed ended after their due date
 * @param overdue still open past their due date: missed already
 * @param pending still open, before their due date
 */
public record DeadlineMeasure(String taskKey, long tasks, long met, long missed, long overdue, long pending)
        implements Serializable {

    /** Tasks whose deadline has been decided one way or the other. */
    public long decided() {
        return met + missed + overdue;
    }

    public long missedInAll() {
        return missed + overdue;
    }

    /** Share of decided tasks that met their deadline, 0 to 1; {@code null} when none is decided. */
    public Double shareMet() {
        return decided() == 0 ? null : (double) met / decided();
    }
}
