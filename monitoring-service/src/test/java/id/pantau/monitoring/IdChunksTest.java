package id.pantau.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IdChunksTest {

    @Test
    void aBatchsIdsAreAskedForInListsOfAHundredKeepingEveryIdOnceInOrder() {
        List<Integer> ids = IntStream.range(0, 1_050).boxed().toList();

        List<List<Integer>> chunks = IdChunks.of(ids);

        assertThat(chunks).hasSize(11);
        assertThat(chunks.subList(0, 10)).allSatisfy(chunk -> assertThat(chunk).hasSize(100));
        assertThat(chunks.get(10)).hasSize(50);
        assertThat(chunks.stream().flatMap(List::stream).toList()).isEqualTo(ids);
    }

    @Test
    void noIdsAskForNothing() {
        assertThat(IdChunks.of(List.of())).isEmpty();
    }
}
