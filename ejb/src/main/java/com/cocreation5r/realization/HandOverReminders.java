package com.cocreation5r.realization;

import com.cocreation5r.engine.EngineLookups;
import com.cocreation5r.notification.Notification;
import com.cocreation5r.notification.NotificationRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * Tells every member of a group, through the notification outbox, that a hand-over needs them.
 * Members without an e-mail address are left out: the outbox cannot reach them, the task list can.
 */
@Dependent
class HandOverReminders {

    @Inject
    private NotificationRepository notifications;

    int notifyGroup(IdentityService identity, String groupId, Long campaignId, String messageKey, Instant at) {
        List<User> members = EngineLookups.withoutAuthorization(() ->
                identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list());
        int notified = 0;
        for (User member : members) {
            if (member.getEmail() != null && !member.getEmail().isBlank()) {
                notifications.add(new Notification(member.getEmail(), fullName(member), campaignId, messageKey, at));
                notified++;
            }
        }
        return notified;
    }

    private static String fullName(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? user.getId() : name;
    }
}
