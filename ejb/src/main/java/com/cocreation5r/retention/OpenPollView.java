package com.cocreation5r.retention;

import java.time.Instant;

/** A poll as a pool partner answers it: what the program manager wrote, and their own answer if any. */
public record OpenPollView(Long pollId, String campaignTitle, String headline, String description, Instant closesAt,
        PurchaseIntent myAnswer) {
}
