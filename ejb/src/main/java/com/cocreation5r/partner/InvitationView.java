package com.cocreation5r.partner;

import java.time.Instant;

/** What the set-password page tells the holder of a valid link: who they are and how long the link works. */
public record InvitationView(String fullName, String userId, Instant expiresAt) {
}
