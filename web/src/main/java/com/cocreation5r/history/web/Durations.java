package com.cocreation5r.history.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Duration;

/** Shows how long something took in the two largest units that matter: "2 d 5 h", "3 min 20 s". */
@Named
@ApplicationScoped
public class Durations {

    public String of(Long millis) {
        if (millis == null) {
            return "";
        }
        Duration duration = Duration.ofMillis(millis);
        if (duration.toDays() > 0) {
            return duration.toDays() + " d " + duration.toHoursPart() + " h";
        }
        if (duration.toHours() > 0) {
            return duration.toHours() + " h " + duration.toMinutesPart() + " min";
        }
        if (duration.toMinutes() > 0) {
            return duration.toMinutes() + " min " + duration.toSecondsPart() + " s";
        }
        if (duration.getSeconds() > 0) {
            return duration.getSeconds() + " s";
        }
        return duration.toMillis() + " ms";
    }
}
