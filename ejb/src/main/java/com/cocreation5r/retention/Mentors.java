package com.cocreation5r.retention;

import com.cocreation5r.audit.AuditAction;
import com.cocreation5r.audit.AuditSubject;
import com.cocreation5r.audit.AuditTrail;
import com.cocreation5r.notification.Notification;
import com.cocreation5r.notification.NotificationRepository;
import com.cocreation5r.partner.Honour;
import com.cocreation5r.partner.Partner;
import com.cocreation5r.partner.PartnerAdmitted;
import com.cocreation5r.partner.PartnerPool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * Gives every partner new to the pool a mentor when their first cohort is formed: the mentor of
 * the pool with the fewest mentees (the longest-standing first), so the load is shared. Both hear
 * about it through the outbox. A newcomer joining when the pool has no mentor yet goes without.
 */
@ApplicationScoped
public class Mentors {

    static final String MENTOR_ASSIGNED = "retention.mentorAssigned";
    static final String MENTEE_ASSIGNED = "retention.menteeAssigned";

    @Inject
    private RetentionRepository retention;

    @Inject
    private PartnerPool pool;

    @Inject
    private NotificationRepository notifications;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Clock clock;

    public void onAdmitted(@Observes PartnerAdmitted admitted) {
        if (admitted.newToPool()) {
            assign(admitted.partner(), admitted.campaignId());
        }
    }

    /** Assigns a mentor to {@code newcomer}, unless they have one or no mentor is available. */
    public Optional<Mentorship> assign(Partner newcomer, Long campaignId) {
        if (retention.mentorshipOf(newcomer.getId()).isPresent()) {
            return Optional.empty();
        }
        Optional<Partner> mentor = pool.active().stream()
                .filter(candidate -> candidate.getHonour() == Honour.MENTOR)
                .filter(candidate -> !candidate.getId().equals(newcomer.getId()))
                .min(Comparator.comparingLong((Partner candidate) -> retention.mentorshipCount(candidate.getId()))
                        .thenComparing(Partner::getJoinedAt)
                        .thenComparing(Partner::getId));
        return mentor.map(chosen -> {
            var now = clock.instant();
            Mentorship mentorship = new Mentorship(chosen, newcomer, campaignId, now);
            retention.add(mentorship);
            notifications.add(new Notification(newcomer.getCandidate().getEmail(),
                    newcomer.getCandidate().getFullName(), campaignId, MENTOR_ASSIGNED, now));
            notifications.add(new Notification(chosen.getCandidate().getEmail(), chosen.getCandidate().getFullName(),
                    campaignId, MENTEE_ASSIGNED, now));
            auditTrail.record(AuditAction.MENTOR_ASSIGNED, AuditSubject.PARTNER, newcomer.getId(), campaignId,
                    Map.of("mentorId", String.valueOf(chosen.getId())));
            return mentorship;
        });
    }
}
