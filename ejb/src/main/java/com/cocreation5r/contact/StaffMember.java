package com.cocreation5r.contact;

/** A member of staff who can be named a stage contact. */
public record StaffMember(String userId, String fullName) {
}
