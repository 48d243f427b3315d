package com.cocreation5r.retention;

import com.cocreation5r.idea.IdeaStatus;

/** An accepted idea the program manager may put to a poll, with its author for the staff's eyes only. */
public record PollCandidate(Long ideaId, String title, String summary, IdeaStatus status, String authorName) {
}
