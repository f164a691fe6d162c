package id.pantau.monitoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a long list of ids for {@code $in} queries. The MongoDB wire server finds the documents of an id list from
 * its id index but then checks each one against the whole list again, one comparison per id: asking for a batch's
 * thousand or more ids in lists of a hundred keeps that check from growing with the square of the batch. Real
 * MongoDB answers either way from its index.
 */
public final class IdChunks {

    static final int SIZE = 100;

    private IdChunks() {
    }

    public static <T> List<List<T>> of(List<T> ids) {
        List<List<T>> chunks = new ArrayList<>((ids.size() + SIZE - 1) / SIZE);
        for (int from = 0; from < ids.size(); from += SIZE) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + SIZE)));
        }
        return chunks;
    }
}
