package com.cocreation5r.recruiting;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * How varied a group of candidates is by education, gender, individual or institution, and age:
 * what the committee checks before it confirms a cohort. Counts per value, every value listed.
 */
public record DiversitySummary(
        int size,
        Map<Candidate.Education, Integer> byEducation,
        Map<Candidate.Gender, Integer> byGender,
        Map<Candidate.ApplicantKind, Integer> byApplicantKind,
        Map<Candidate.AgeBand, Integer> byAgeBand) {

    public static DiversitySummary of(Collection<Candidate> candidates) {
        return new DiversitySummary(candidates.size(),
                count(candidates, Candidate.Education.class, Candidate::getEducation),
                count(candidates, Candidate.Gender.class, Candidate::getGender),
                count(candidates, Candidate.ApplicantKind.class, Candidate::getApplicantKind),
                count(candidates, Candidate.AgeBand.class, Candidate::getAgeBand));
    }

    /** How many of the dimensions have a single value only: 0 is the most varied group. */
    public int uniformDimensions() {
        int uniform = 0;
        for (Map<?, Integer> dimension : java.util.List.of(byEducation, byGender, byApplicantKind, byAgeBand)) {
            if (size > 1 && dimension.values().stream().filter(count -> count > 0).count() == 1) {
                uniform++;
            }
        }
        return uniform;
    }

    private static <E extends Enum<E>> Map<E, Integer> count(Collection<Candidate> candidates, Class<E> type,
            Function<Candidate, E> value) {
        Map<E, Integer> counts = new EnumMap<>(type);
        for (E each : type.getEnumConstants()) {
            counts.put(each, 0);
        }
        for (Candidate candidate : candidates) {
            counts.merge(value.apply(candidate), 1, Integer::sum);
        }
        return counts;
    }
}
