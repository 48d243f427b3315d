package com.cocreation5r.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Formats instants in the view's locale. Faces 4.0 has no converter for {@link Instant}; the
 * services speak instants, so pages format them here.
 */
@Named
@ApplicationScoped
public class Dates {

    private static final ZoneId ZONE = ZoneId.systemDefault();

    public String dateTime(Instant instant) {
        return format(instant, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT));
    }

    /** To the second, for records where the order of events matters (the audit log). */
    public String moment(Instant instant) {
        return format(instant, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM));
    }

    public String date(Instant instant) {
        return format(instant, DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM));
    }

    private static String format(Instant instant, DateTimeFormatter style) {
        if (instant == null) {
            return "";
        }
        return style.withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale()).withZone(ZONE)
                .format(instant);
    }
}
