package id.pantau.innovation.actionplan;

import id.pantau.innovation.innovation.NewInnovation;
import java.util.List;

/**
 * One innovation of an action-plan table, as read: its first row and all its rows (one per indicator, in the
 * order of the registration's indicators), its "No", the registration it asks for, or what its cells did not
 * say right. A draft with refusals has no registration.
 */
public record PlanDraft(int row, List<Integer> rows, String no, String title, NewInnovation innovation,
                        List<RowRefusal> refusals) {

    public boolean readable() {
        return refusals.isEmpty();
    }
}
