package id.pantau.innovation.innovation;

import java.util.List;

/**
 * The profile of an innovation as the Indeks Inovasi Daerah (Permendagri 104/2018) asks it: digital or not,
 * who initiated it, the government affair (urusan) and theme it serves, what it is, is for, brings and has
 * achieved, where its budget comes from, and its partners. Every field is optional at registration.
 */
public record InnovationProfile(Boolean digital, InitiatorType initiatorType, String initiatorName,
                                String governmentAffair, String theme, String summary, String goals,
                                String benefits, String results, BudgetSource budgetSource,
                                List<Collaborator> collaborators) {

    static final InnovationProfile EMPTY = new InnovationProfile(null, null, null, null, null, null, null, null,
            null, null, List.of());

    public InnovationProfile {
        collaborators = collaborators == null ? List.of() : collaborators;
    }
}
