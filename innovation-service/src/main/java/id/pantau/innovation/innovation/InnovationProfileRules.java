package id.pantau.innovation.innovation;

import id.pantau.defaults.problem.Violations;
import java.util.ArrayList;
import java.util.List;

/** The limits of an innovation's profile: bounded texts and a bounded list of named partners of a known kind. */
public final class InnovationProfileRules {

    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_TEXT_LENGTH = 4000;
    static final int MAX_COLLABORATORS = 30;

    private InnovationProfileRules() {
    }

    /** Records every broken rule under {@code profile.}; a missing profile is an empty one. */
    public static void check(InnovationProfile profile, Violations violations) {
        if (profile == null) {
            return;
        }
        violations.maxLength("profile.initiatorName", profile.initiatorName(), MAX_NAME_LENGTH);
        violations.maxLength("profile.governmentAffair", profile.governmentAffair(), MAX_NAME_LENGTH);
        violations.maxLength("profile.theme", profile.theme(), MAX_NAME_LENGTH);
        violations.maxLength("profile.summary", profile.summary(), MAX_TEXT_LENGTH);
        violations.maxLength("profile.goals", profile.goals(), MAX_TEXT_LENGTH);
        violations.maxLength("profile.benefits", profile.benefits(), MAX_TEXT_LENGTH);
        violations.maxLength("profile.results", profile.results(), MAX_TEXT_LENGTH);
        List<Collaborator> collaborators = profile.collaborators();
        if (collaborators.size() > MAX_COLLABORATORS) {
            violations.add("profile.collaborators", "collaborators-too-many", MAX_COLLABORATORS);
            return;
        }
        for (int i = 0; i < collaborators.size(); i++) {
            String path = "profile.collaborators[" + i + "]";
            Collaborator collaborator = collaborators.get(i);
            if (violations.required(path, collaborator)) {
                violations.required(path + ".kind", collaborator.kind());
                violations.requiredText(path + ".name", collaborator.name(), MAX_NAME_LENGTH);
            }
        }
    }

    /** The profile as stored: texts stripped, blank texts absent; only for a profile {@link #check} accepted. */
    public static InnovationProfile normalised(InnovationProfile profile) {
        if (profile == null) {
            return InnovationProfile.EMPTY;
        }
        List<Collaborator> collaborators = new ArrayList<>();
        profile.collaborators().forEach(partner -> collaborators.add(new Collaborator(partner.kind(),
                partner.name().strip())));
        return new InnovationProfile(profile.digital(), profile.initiatorType(), text(profile.initiatorName()),
                text(profile.governmentAffair()), text(profile.theme()), text(profile.summary()),
                text(profile.goals()), text(profile.benefits()), text(profile.results()), profile.budgetSource(),
                List.copyOf(collaborators));
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
