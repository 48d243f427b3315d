package com.cocreation5r.retention;

/** The pool as the community manager prepares a check-in: how many partners and mentors it has. */
public record CheckInView(int partnersInPool, int mentors) {
}
