package dev.newsstream.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ExtractionDatasetTest {

  @Test
  void truthAcceptsTheBenchmarkFieldAndOptionalMetadataShapes() throws Exception {
    ObjectMapper m = new ObjectMapper();
    ExtractionDataset.Truth bare = ExtractionDataset.truth(m.readTree("{\"articleBody\":\"x y\",\"url\":\"u\"}"));
    assertThat(bare.title()).isNull();
    assertThat(bare.authors()).isNull();
    assertThat(bare.datePublished()).isNull();
    ExtractionDataset.Truth rich = ExtractionDataset.truth(m.readTree(
        "{\"articleBody\":\"x\",\"title\":\"T\",\"datePublished\":\"2025-01-01\","
            + "\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},\"John Roe\"]}"));
    assertThat(rich.title()).isEqualTo("T");
    assertThat(rich.authors()).containsExactly("Jane Doe", "John Roe");
    assertThat(ExtractionDataset.truth(m.readTree("{\"author\":\"Solo Writer\"}")).authors())
        .containsExactly("Solo Writer");
  }
}
