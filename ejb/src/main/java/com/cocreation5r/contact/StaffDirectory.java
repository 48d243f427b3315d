package com.cocreation5r.contact;

import com.cocreation5r.engine.EngineLookups;
import com.cocreation5r.identity.Groups;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

/**
 * Who the company's staff are, from the engine's identity service. Only names and ids leave this
 * class, and {@link StageContactService} decides who may ask, so the lookups run past the engine's
 * user and group authorizations, which no role but the administrator holds.
 */
@ApplicationScoped
class StaffDirectory {

    @Inject
    private ProcessEngine engine;

    /** Everyone in a staff group who is not a partner, by name. */
    List<StaffMember> staff() {
        return withoutAuthorization(identity -> {
            Set<String> partners = identity.createUserQuery().memberOfGroup(Groups.PARTNER).list().stream()
                    .map(User::getId).collect(Collectors.toSet());
            Map<String, StaffMember> staff = new TreeMap<>();
            Groups.ALL.stream().map(Groups.Group::id).filter(group -> !group.equals(Groups.PARTNER))
                    .flatMap(group -> identity.createUserQuery().memberOfGroup(group).list().stream())
                    .filter(user -> !partners.contains(user.getId()))
                    .forEach(user -> staff.putIfAbsent(user.getId(), member(user)));
            return staff.values().stream()
                    .sorted(Comparator.comparing(StaffMember::fullName, String.CASE_INSENSITIVE_ORDER))
                    .toList();
        });
    }

    /** The user as a member of staff; empty if there is no such user. */
    Optional<StaffMember> user(String userId) {
        return withoutAuthorization(identity -> Optional.ofNullable(
                identity.createUserQuery().userId(userId).singleResult()).map(StaffDirectory::member));
    }

    boolean isStaff(String userId) {
        return withoutAuthorization(identity -> isStaff(identity, userId));
    }

    private static boolean isStaff(IdentityService identity, String userId) {
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList();
        return !groups.isEmpty() && !groups.contains(Groups.PARTNER);
    }

    private static StaffMember member(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return new StaffMember(user.getId(), name.isEmpty() ? user.getId() : name);
    }

    private <T> T withoutAuthorization(Function<IdentityService, T> lookup) {
        return EngineLookups.withoutAuthorization(engine, () -> lookup.apply(engine.getIdentityService()));
    }
}
