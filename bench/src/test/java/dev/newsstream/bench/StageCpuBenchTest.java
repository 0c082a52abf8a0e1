package dev.newsstream.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.schema.RawPage;
import dev.newsstream.schema.serde.AvroSerde;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StageCpuBenchTest {
  @Test
  void timesEveryStageInOrderAndPassesOutputsOn() {
    List<RawPage> pages = BenchPages.from(Path.of("none"), 3).generate(0, 12);
    AvroSerde<RawPage> serde = new AvroSerde<>(RawPage.class);
    List<byte[]> values = new ArrayList<>(pages.stream().map(serde::toBytes).toList());
    values.add(serde.toBytes(RawPage.newBuilder(pages.get(0)).setBody(java.nio.ByteBuffer.wrap(new byte[0])).build()));

    List<StageCpuBench.StageCost> costs = StageCpuBench.measure(values, () -> BenchStages.pipeline(5 << 20));

    assertThat(costs).extracting(StageCpuBench.StageCost::stage).containsExactly("deserialise", "parse", "dedup", "enrich",
        "serialise");
    assertThat(costs).extracting(StageCpuBench.StageCost::inputs).containsExactly(13, 13, 12, 12, 12);
    assertThat(costs.get(1).outputs()).as("the empty page is rejected by parse").isEqualTo(12);
    assertThat(costs.get(1).cpuNanos()).isPositive();
  }

  @Test
  void measuresStatefulStagesOnFreshStateNotOnPagesTheWarmUpShowedThem() {
    List<byte[]> values = List.of(new byte[] {1}, new byte[] {2}, new byte[] {3});
    // Like dedup: a page seen before is dropped. Measured on the warm-up's state, every page would be "seen".
    java.util.function.Supplier<List<BenchStage<?, ?>>> stages = () -> {
      java.util.Set<Byte> seen = new java.util.HashSet<>();
      return List.of(BenchStages.stage("first-sight", (byte[] v) -> seen.add(v[0]) ? v : null));
    };

    List<StageCpuBench.StageCost> costs = StageCpuBench.measure(values, stages);

    assertThat(costs).singleElement().satisfies(c -> {
      assertThat(c.inputs()).isEqualTo(3);
      assertThat(c.outputs()).as("no page was seen by the measured stage before").isEqualTo(3);
    });
  }
}
