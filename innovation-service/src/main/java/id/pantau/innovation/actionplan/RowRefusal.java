package id.pantau.innovation.actionplan;

import java.util.List;

/**
 * Why a row cannot be registered: the spreadsheet row and column, and the message code (with its arguments)
 * the report words in the caller's language.
 */
public record RowRefusal(int row, ActionPlanColumn column, String code, List<Object> args) {

    static RowRefusal of(int row, ActionPlanColumn column, String code, Object... args) {
        return new RowRefusal(row, column, code, List.of(args));
    }
}
